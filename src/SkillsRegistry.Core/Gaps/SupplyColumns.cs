using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The attributes a gap query reads for every posting, in arrays indexed by credential id (ids are dense). A scan of a
/// competency's postings (ascending ids) then reads a few small arrays in order instead of one scattered
/// <see cref="SupplyPosting"/> per posting: at 1M credentials that object walk cost about one cache miss per posting
/// and dominated the query. Immutable once built; <see cref="With"/> makes an updated copy.
/// </summary>
internal sealed class SupplyColumns
{
    private const byte CostInexact = 1;
    private const byte HoursInexact = 2;
    private const byte HasEqfLevel = 4;

    private readonly byte[] _status;
    private readonly int[] _provider;
    private readonly int[] _eqf;
    private readonly int[] _regions;
    private readonly double[] _cost;
    private readonly double[] _hours;
    private readonly byte[] _flags;

    private SupplyColumns(int length, RegionSetTable regionSets)
    {
        RegionSets = regionSets;
        _status = new byte[length];
        _provider = new int[length];
        _eqf = new int[length];
        _regions = new int[length];
        _cost = new double[length];
        _hours = new double[length];
        _flags = new byte[length];
    }

    private SupplyColumns(SupplyColumns copy, int length)
        : this(length, copy.RegionSets)
    {
        var kept = Math.Min(length, copy.Length);
        Array.Copy(copy._status, _status, kept);
        Array.Copy(copy._provider, _provider, kept);
        Array.Copy(copy._eqf, _eqf, kept);
        Array.Copy(copy._regions, _regions, kept);
        Array.Copy(copy._cost, _cost, kept);
        Array.Copy(copy._hours, _hours, kept);
        Array.Copy(copy._flags, _flags, kept);
        MaxProviderId = copy.MaxProviderId;
    }

    /// <summary>Ids below this may be looked up.</summary>
    public int Length => _status.Length;

    public RegionSetTable RegionSets { get; }

    public int MaxProviderId { get; private set; }

    /// <summary>Columns for these credentials; their region lists are numbered in <paramref name="regionSets"/>.</summary>
    public static SupplyColumns Create(IReadOnlyCollection<SupplyPosting> credentials, RegionSetTable regionSets)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var columns = new SupplyColumns(credentials.Count == 0 ? 1 : credentials.Max(c => c.Id) + 1, regionSets);
        foreach (var credential in credentials)
            columns.Set(credential);
        return columns;
    }

    /// <summary>A copy with the given credentials removed and the given ones (new or changed) written.</summary>
    public SupplyColumns With(IEnumerable<int> removed, IReadOnlyCollection<SupplyPosting> written)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(written);
        var length = Math.Max(Length, written.Count == 0 ? 0 : written.Max(c => c.Id) + 1);
        var copy = new SupplyColumns(this, length);
        foreach (var id in removed)
        {
            if (id < length)
                copy._status[id] = 0;
        }
        foreach (var credential in written)
            copy.Set(credential);
        return copy;
    }

    public bool Exists(int id) => (uint)id < (uint)_status.Length && _status[id] != 0;

    public CredentialStatus Status(int id) => (CredentialStatus)(_status[id] - 1);

    public int Provider(int id) => _provider[id];

    /// <summary>Whether the credential has an EQF level of at most <paramref name="cap"/> (no level: false).</summary>
    public bool EqfLevelAtMost(int id, int cap) => (_flags[id] & HasEqfLevel) != 0 && _eqf[id] <= cap;

    /// <summary>The number of the credential's region list in <see cref="RegionSets"/>.</summary>
    public int Regions(int id) => _regions[id];

    /// <summary>The registry's draft rule, as <see cref="GapIndex.IsVisible"/> for the record.</summary>
    public bool IsVisible(int id, RegistryViewer viewer) =>
        viewer.SeesAllDrafts || _status[id] != (byte)CredentialStatus.Draft + 1 || _provider[id] == viewer.ProviderId;

    /// <summary>
    /// The order of <see cref="SkillGapEngine"/>'s best list after the fit: cost ascending, then hours ascending (unknown
    /// last), then id. Decided from the doubles when both values convert exactly, else from the records' decimals.
    /// </summary>
    public int CompareCostHoursId(int a, int b, Func<int, SupplyPosting> record)
    {
        var inexact = _flags[a] | _flags[b];
        var byCost = (inexact & CostInexact) == 0
            ? _cost[a].CompareTo(_cost[b])
            : (record(a).CostAmount ?? decimal.MaxValue).CompareTo(record(b).CostAmount ?? decimal.MaxValue);
        if (byCost != 0)
            return byCost;
        var byHours = (inexact & HoursInexact) == 0
            ? _hours[a].CompareTo(_hours[b])
            : (record(a).Hours ?? decimal.MaxValue).CompareTo(record(b).Hours ?? decimal.MaxValue);
        return byHours != 0 ? byHours : a.CompareTo(b);
    }

    private void Set(SupplyPosting credential)
    {
        var id = credential.Id;
        _status[id] = (byte)(credential.Status + 1);
        _provider[id] = credential.ProviderId;
        MaxProviderId = Math.Max(MaxProviderId, credential.ProviderId);
        _eqf[id] = credential.EqfLevel ?? 0;
        _regions[id] = RegionSets.Intern(credential.Regions);
        var (cost, costExact) = SortKey(credential.CostAmount);
        var (hours, hoursExact) = SortKey(credential.Hours);
        _cost[id] = cost;
        _hours[id] = hours;
        _flags[id] = (byte)((costExact ? 0 : CostInexact) | (hoursExact ? 0 : HoursInexact) | (credential.EqfLevel is null ? 0 : HasEqfLevel));
    }

    /// <summary>
    /// The value as a double (unknown: +∞, after every known value) and whether comparing doubles orders it exactly as
    /// the decimal: the conversion is monotonic, so unequal doubles order their decimals, and equal doubles that both
    /// convert back to their decimals mean equal decimals.
    /// </summary>
    private static (double Key, bool Exact) SortKey(decimal? value)
    {
        if (value is not { } known)
            return (double.PositiveInfinity, true);
        var key = (double)known;
        try
        {
            return (key, (decimal)key == known);
        }
        catch (OverflowException)
        {
            return (key, false);
        }
    }
}
