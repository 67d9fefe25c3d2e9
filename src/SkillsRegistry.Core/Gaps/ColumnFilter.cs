using System.Buffers;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// A <see cref="SupplyFilter"/> compiled for one query over the index's <see cref="SupplyColumns"/>: status, EQF cap,
/// providers and regions are decided from the columns (the region answer remembered per region list); the other
/// criteria (<see cref="SupplyFilter.ReadsMoreThanColumns"/>) read the credential's record once per credential and
/// query. Gives exactly <see cref="SupplyFilter.Matches"/>. Safe for concurrent use (every memo write stores the one
/// value any thread would compute); dispose to return the pooled memo.
/// </summary>
internal sealed class ColumnFilter : IDisposable
{
    private const byte Yes = 1;
    private const byte No = 2;

    private readonly SupplyFilter _filter;
    private readonly GapSupply _supply;
    private readonly bool[] _statuses;
    private readonly HashSet<int>? _providers;
    private readonly byte[]? _regionAnswers;
    private readonly byte[]? _recordAnswers;
    private readonly Func<int, SupplyPosting> _record;

    public ColumnFilter(SupplyFilter filter, GapSupply supply)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(supply);
        filter.EnsureValid();
        _filter = filter;
        _supply = supply;
        _record = id => supply.Credentials[id];
        _statuses = new bool[Enum.GetValues<CredentialStatus>().Max(s => (int)s) + 1];
        foreach (var status in filter.Statuses)
        {
            if ((int)status >= 0 && (int)status < _statuses.Length)
                _statuses[(int)status] = true;
        }
        if (filter.ProviderIds is { Count: > 0 } providers)
            _providers = [.. providers];
        if (filter.Regions is { Count: > 0 })
            _regionAnswers = new byte[supply.Columns.RegionSets.Count];
        if (filter.ReadsMoreThanColumns)
        {
            _recordAnswers = ArrayPool<byte>.Shared.Rent(supply.Columns.Length);
            Array.Clear(_recordAnswers, 0, supply.Columns.Length);
        }
    }

    /// <summary>Whether the credential (which must exist) passes the filter.</summary>
    public bool Matches(int id) => MatchesIgnoringRegions(id) && InRegions(id);

    /// <summary>Every criterion but the regions (the coverage matrix applies the regions one by one).</summary>
    public bool MatchesIgnoringRegions(int id)
    {
        var columns = _supply.Columns;
        if (!_statuses[(int)columns.Status(id)])
            return false;
        if (_filter.MaxEqfLevel is { } cap && !columns.EqfLevelAtMost(id, cap, _record))
            return false;
        if (_providers is not null && !_providers.Contains(columns.Provider(id)))
            return false;
        return _recordAnswers is null || RecordMatches(id);
    }

    public void Dispose()
    {
        if (_recordAnswers is not null)
            ArrayPool<byte>.Shared.Return(_recordAnswers);
    }

    private bool InRegions(int id)
    {
        if (_regionAnswers is null)
            return true;
        var set = _supply.Columns.Regions(id);
        if (set >= _regionAnswers.Length)
            return _filter.InRegions(_supply.Columns.RegionSets[set]);
        ref var answer = ref _regionAnswers[set];
        if (answer == 0)
            answer = _filter.InRegions(_supply.Columns.RegionSets[set]) ? Yes : No;
        return answer == Yes;
    }

    private bool RecordMatches(int id)
    {
        ref var answer = ref _recordAnswers![id];
        if (answer == 0)
            answer = _filter.MatchesCapsAndKind(_supply.Credentials[id]) ? Yes : No;
        return answer == Yes;
    }
}
