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
    // One word per credential holds what every posting is filtered by, so a scan touches one cache line per posting:
    // bits 0-7 status + 1 (0: no credential), 8-15 flags, 16-31 the EQF level, 32-63 the region-list number.
    private const ulong CostInexact = 1 << 8;
    private const ulong HoursInexact = 2 << 8;
    private const ulong HasEqfLevel = 4 << 8;
    private const ulong EqfOutOfRange = 8 << 8;

    private readonly ulong[] _filterable;
    private readonly int[] _provider;
    private readonly double[] _cost;
    private readonly double[] _hours;

    private SupplyColumns(int length, RegionSetTable regionSets)
    {
        RegionSets = regionSets;
        _filterable = new ulong[length];
        _provider = new int[length];
        _cost = new double[length];
        _hours = new double[length];
    }

    private SupplyColumns(SupplyColumns copy, int length)
        : this(length, copy.RegionSets)
    {
        var kept = Math.Min(length, copy.Length);
        Array.Copy(copy._filterable, _filterable, kept);
        Array.Copy(copy._provider, _provider, kept);
        Array.Copy(copy._cost, _cost, kept);
        Array.Copy(copy._hours, _hours, kept);
        MaxProviderId = copy.MaxProviderId;
    }

    /// <summary>Ids below this may be looked up.</summary>
    public int Length => _filterable.Length;

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
                copy._filterable[id] = 0;
        }
        foreach (var credential in written)
            copy.Set(credential);
        return copy;
    }

    public bool Exists(int id) => (uint)id < (uint)_filterable.Length && (byte)_filterable[id] != 0;

    public CredentialStatus Status(int id) => (CredentialStatus)((byte)_filterable[id] - 1);

    public int Provider(int id) => _provider[id];

    /// <summary>
    /// Whether the credential has an EQF level of at most <paramref name="cap"/> (no level: false); a level that does
    /// not fit the column is read from the record.
    /// </summary>
    public bool EqfLevelAtMost(int id, int cap, Func<int, SupplyPosting> record)
    {
        var word = _filterable[id];
        if ((word & EqfOutOfRange) != 0)
            return record(id).EqfLevel <= cap;
        return (word & HasEqfLevel) != 0 && (short)(word >> 16) <= cap;
    }

    /// <summary>The number of the credential's region list in <see cref="RegionSets"/>.</summary>
    public int Regions(int id) => (int)(_filterable[id] >> 32);

    /// <summary>
    /// Whether the credential exists and the viewer may see it: the registry's draft rule (see the
    /// <c>RegistryDbContext</c> query filters), drafts only for their provider or the registry.
    /// </summary>
    public bool IsVisible(int id, RegistryViewer viewer)
    {
        var status = (uint)id < (uint)_filterable.Length ? (byte)_filterable[id] : 0;
        return status != 0 && (viewer.SeesAllDrafts || status != (byte)CredentialStatus.Draft + 1 || _provider[id] == viewer.ProviderId);
    }

    /// <summary>
    /// The order of <see cref="SkillGapEngine"/>'s best list after the fit: cost ascending, then hours ascending (unknown
    /// last), then id. Decided from the doubles when both values convert exactly, else from the records' decimals.
    /// </summary>
    public int CompareCostHoursId(int a, int b, Func<int, SupplyPosting> record)
    {
        var inexact = _filterable[a] | _filterable[b];
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
        _provider[id] = credential.ProviderId;
        MaxProviderId = Math.Max(MaxProviderId, credential.ProviderId);
        var (cost, costExact) = SortKey(credential.CostAmount);
        var (hours, hoursExact) = SortKey(credential.Hours);
        _cost[id] = cost;
        _hours[id] = hours;
        var word = (ulong)(byte)(credential.Status + 1) | (costExact ? 0 : CostInexact) | (hoursExact ? 0 : HoursInexact);
        if (credential.EqfLevel is { } level)
            word |= level is >= short.MinValue and <= short.MaxValue ? HasEqfLevel | ((ulong)(ushort)(short)level << 16) : EqfOutOfRange;
        _filterable[id] = word | ((ulong)(uint)RegionSets.Intern(credential.Regions) << 32);
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
