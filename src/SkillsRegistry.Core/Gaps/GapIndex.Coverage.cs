using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Gaps;

public sealed partial class GapIndex
{
    /// <summary>
    /// <see cref="CoverageEngine.Analyze"/> over the snapshot <see cref="CoverageSnapshotLoader"/> would load for these
    /// occupations (held nothing), without a per-cell pass over the supply: each distinct requirement's covering
    /// credentials are found once from the postings, each credential is tested against the filter once (all criteria
    /// but the region) and against each region once, and a cell only combines those bits.
    /// </summary>
    /// <remarks><paramref name="maxOccupations"/> is the caller's limit on distinct occupations (the API's is configurable).</remarks>
    public CoverageResult Coverage(
        IReadOnlyCollection<int> occupationIds, IReadOnlyList<string> regions, SupplyFilter filter, MatchingOptions options,
        int hierarchyDepth, RegistryViewer viewer, int maxOccupations)
    {
        ArgumentNullException.ThrowIfNull(occupationIds);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(viewer);
        ValidateDepth(hierarchyDepth);
        var ids = occupationIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new ArgumentException("At least one occupation is needed.", nameof(occupationIds));
        if (ids.Count > maxOccupations)
            throw new ArgumentException($"At most {maxOccupations} occupations can be analysed at once.", nameof(occupationIds));
        var unknown = ids.Where(id => !HasOccupation(id)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown occupation ids: {string.Join(", ", unknown)}.", nameof(occupationIds));
        var distinct = CoverageEngine.DistinctRegions(regions);
        filter.EnsureValid();

        var requirementIds = ids.SelectMany(id => Taxonomy.Requirements[id]).Select(r => r.CompetencyId).Distinct().ToArray();
        var (relevant, links) = Around(requirementIds, hierarchyDepth);
        var graph = Taxonomy.Hierarchy.WithMaxDepth(hierarchyDepth);
        using var masks = new RegionMasks(new ColumnFilter(filter, Supply), Supply.Columns, distinct);

        // Phase 1, per distinct required competency: the credentials covering it that pass the filter in some region,
        // with their region bits.
        var covering = new (int[] Ids, ulong[] Masks, ulong Union)[requirementIds.Length];
        Parallel.For(0, requirementIds.Length, Parallelism,
            () => (Matcher: new CompetencyMatcher(new GapSnapshot([], [], graph, links), options), Stack: new StackSet(this, relevant, [], viewer),
                Seen: new IdBitSet(Supply.Columns.Length)),
            (i, _, local) =>
            {
                var found = new List<int>();
                var foundMasks = new List<ulong>();
                var union = 0UL;
                var satisfiers = local.Matcher.Satisfiers(requirementIds[i]);
                // No stackability anywhere: the covering credentials are the visible postings of the satisfiers.
                IEnumerable<int> ids = Supply.WholesOf.Count == 0
                    ? DirectPostings(satisfiers.Keys, local.Seen, viewer)
                    : Covering(satisfiers, local.Stack).Keys;
                foreach (var id in ids)
                {
                    var mask = masks.Of(id);
                    if (mask == 0)
                        continue;
                    found.Add(id);
                    foundMasks.Add(mask);
                    union |= mask;
                }
                covering[i] = ([.. found], [.. foundMasks], union);
                return local;
            },
            local => local.Seen.Dispose());
        var byCompetency = new Dictionary<int, int>(requirementIds.Length);
        for (var i = 0; i < requirementIds.Length; i++)
            byCompetency[requirementIds[i]] = i;

        // Phase 2, per occupation: combine the bits into cells.
        var cells = new CoverageCell[ids.Count][];
        Parallel.For(0, ids.Count, Parallelism,
            () => (Seen: new IdBitSet(Supply.Columns.Length), Counts: new int[distinct.Count]),
            (o, _, local) =>
            {
                var occupationId = ids[o];
                var requirements = Taxonomy.Requirements[occupationId].DistinctBy(r => r.CompetencyId).ToList();
                var factor = GapWeights.DemandFactor(Taxonomy.Demand.GetValueOrDefault(occupationId));
                Array.Clear(local.Counts);
                local.Seen.Clear();
                foreach (var requirement in requirements)
                {
                    var (coveringIds, coveringMasks, _) = covering[byCompetency[requirement.CompetencyId]];
                    for (var k = 0; k < coveringIds.Length; k++)
                    {
                        if (!local.Seen.Add(coveringIds[k]))
                            continue;
                        for (var bits = coveringMasks[k]; bits != 0; bits &= bits - 1)
                            local.Counts[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                    }
                }
                var row = new CoverageCell[distinct.Count];
                for (var region = 0; region < distinct.Count; region++)
                {
                    var bit = 1UL << region;
                    var gaps = requirements.Select(r =>
                    {
                        var covered = (covering[byCompetency[r.CompetencyId]].Union & bit) != 0;
                        var weight = GapWeights.GapWeight(r);
                        return new RequirementGap(r, covered, 0, 0, [], weight, covered ? 0 : weight * factor);
                    }).ToList();
                    row[region] = CoverageEngine.Cell(occupationId, distinct[region], SkillGapEngine.Summarise(gaps, factor), local.Counts[region]);
                }
                cells[o] = row;
                return local;
            },
            local => local.Seen.Dispose());
        return CoverageEngine.Sorted(cells.SelectMany(row => row));
    }

    /// <summary>The visible credentials teaching any of the competencies, each once.</summary>
    private List<int> DirectPostings(IEnumerable<int> competencies, IdBitSet seen, RegistryViewer viewer)
    {
        seen.Clear();
        var ids = new List<int>();
        foreach (var competency in competencies)
        {
            foreach (var id in Supply.TaughtBy.GetValueOrDefault(competency, []))
            {
                if (seen.Add(id) && Supply.Columns.IsVisible(id, viewer))
                    ids.Add(id);
            }
        }
        return ids;
    }

    private static ParallelOptions Parallelism { get; } = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };

    /// <summary>
    /// Per credential, one bit per region: passes the filter with its regions replaced by that one region. The region
    /// bits are computed once per region list; the rest of the filter once per credential. Safe for concurrent use:
    /// every memo write stores the one value any thread would compute.
    /// </summary>
    private sealed class RegionMasks(ColumnFilter filter, SupplyColumns columns, List<string> regions) : IDisposable
    {
        private const ulong Computed = 1UL << 63;
        private readonly ulong[] _bySet = new ulong[columns.RegionSets.Count];

        public ulong Of(int id) => filter.MatchesIgnoringRegions(id) ? OfSet(columns.Regions(id)) : 0;

        public void Dispose() => filter.Dispose();

        private ulong OfSet(int set)
        {
            if (set >= _bySet.Length)
                return Compute(set);
            var known = Volatile.Read(ref _bySet[set]);
            if (known != 0)
                return known & ~Computed;
            var mask = Compute(set);
            Volatile.Write(ref _bySet[set], mask | Computed);
            return mask;
        }

        private ulong Compute(int set)
        {
            var offered = columns.RegionSets[set];
            var mask = 0UL;
            for (var i = 0; i < regions.Count; i++)
            {
                if (SupplyFilter.OfferedIn(offered, regions[i]))
                    mask |= 1UL << i;
            }
            return mask;
        }
    }
}
