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
        ValidateFilter(filter);

        var requirementIds = ids.SelectMany(id => Taxonomy.Requirements[id]).Select(r => r.CompetencyId).Distinct().ToList();
        var (relevant, links) = Around(requirementIds, hierarchyDepth);
        var matcher = new CompetencyMatcher(new GapSnapshot([], [], Taxonomy.Hierarchy.WithMaxDepth(hierarchyDepth), links), options);
        var stack = new StackSet(this, relevant, [], viewer);
        var masks = new RegionMasks(filter, distinct);
        var covering = new Dictionary<int, (int[] Ids, ulong Mask)>();
        foreach (var competency in requirementIds)
        {
            var found = Covering(matcher.Satisfiers(competency), stack).Keys
                .Select(id => (Id: id, Mask: masks.Of(Supply.Credentials[id]))).Where(c => c.Mask != 0).ToList();
            covering[competency] = ([.. found.Select(c => c.Id)], found.Aggregate(0UL, (m, c) => m | c.Mask));
        }

        var cells = new List<CoverageCell>(ids.Count * distinct.Count);
        var counted = new HashSet<int>();
        var credentialCounts = new int[distinct.Count];
        foreach (var occupationId in ids)
        {
            var requirements = Taxonomy.Requirements[occupationId].DistinctBy(r => r.CompetencyId).ToList();
            var factor = GapWeights.DemandFactor(Taxonomy.Demand.GetValueOrDefault(occupationId));
            counted.Clear();
            Array.Clear(credentialCounts);
            foreach (var requirement in requirements)
            {
                foreach (var id in covering[requirement.CompetencyId].Ids)
                {
                    if (!counted.Add(id))
                        continue;
                    var mask = masks.Of(Supply.Credentials[id]);
                    for (var region = 0; region < distinct.Count; region++)
                    {
                        if ((mask & (1UL << region)) != 0)
                            credentialCounts[region]++;
                    }
                }
            }
            for (var region = 0; region < distinct.Count; region++)
            {
                var bit = 1UL << region;
                var gaps = requirements.Select(r =>
                {
                    var covered = (covering[r.CompetencyId].Mask & bit) != 0;
                    var weight = GapWeights.GapWeight(r);
                    return new RequirementGap(r, covered, 0, 0, [], weight, covered ? 0 : weight * factor);
                }).ToList();
                cells.Add(CoverageEngine.Cell(occupationId, distinct[region], SkillGapEngine.Summarise(gaps, factor), credentialCounts[region]));
            }
        }
        return CoverageEngine.Sorted(cells);
    }

    /// <summary>Per credential, one bit per region: passes the filter with its regions replaced by that one region.</summary>
    private sealed class RegionMasks(SupplyFilter filter, List<string> regions)
    {
        private readonly Dictionary<int, ulong> _masks = [];

        public ulong Of(SupplyPosting credential)
        {
            if (_masks.TryGetValue(credential.Id, out var mask))
                return mask;
            if (filter.MatchesIgnoringRegions(credential))
            {
                for (var i = 0; i < regions.Count; i++)
                {
                    if (SupplyFilter.OfferedIn(credential, regions[i]))
                        mask |= 1UL << i;
                }
            }
            _masks[credential.Id] = mask;
            return mask;
        }
    }
}
