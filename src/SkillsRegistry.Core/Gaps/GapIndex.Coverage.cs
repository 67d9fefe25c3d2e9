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

        var requirementIds = ids.SelectMany(id => Taxonomy.Requirements[id]).Select(r => r.CompetencyId).Distinct().ToArray();
        var (relevant, links) = Around(requirementIds, hierarchyDepth);
        var graph = Taxonomy.Hierarchy.WithMaxDepth(hierarchyDepth);
        var masks = new RegionMasks(filter, distinct, Supply.MaxCredentialId);

        // Phase 1, per distinct required competency: the credentials covering it that pass the filter in some region.
        var covering = new (int[] Ids, ulong Mask)[requirementIds.Length];
        Parallel.For(0, requirementIds.Length, Parallelism,
            () => (Matcher: new CompetencyMatcher(new GapSnapshot([], [], graph, links), options), Stack: new StackSet(this, relevant, [], viewer),
                Seen: new int[Supply.MaxCredentialId + 1]),
            (i, _, local) =>
            {
                var found = new List<int>();
                var union = 0UL;
                var satisfiers = local.Matcher.Satisfiers(requirementIds[i]);
                if (Supply.WholesOf.Count == 0)
                {
                    // No stackability anywhere: the covering credentials are the visible postings of the satisfiers.
                    var stamp = i + 1;
                    foreach (var competency in satisfiers.Keys)
                    {
                        foreach (var posting in Supply.TaughtBy.GetValueOrDefault(competency, []))
                        {
                            if (local.Seen[posting.Id] == stamp)
                                continue;
                            local.Seen[posting.Id] = stamp;
                            var mask = IsVisible(posting, viewer) ? masks.Of(posting) : 0;
                            if (mask == 0)
                                continue;
                            found.Add(posting.Id);
                            union |= mask;
                        }
                    }
                }
                else
                {
                    foreach (var id in Covering(satisfiers, local.Stack).Keys)
                    {
                        var mask = masks.Of(Supply.Credentials[id]);
                        if (mask == 0)
                            continue;
                        found.Add(id);
                        union |= mask;
                    }
                }
                covering[i] = ([.. found], union);
                return local;
            },
            _ => { });
        var byCompetency = new Dictionary<int, int>(requirementIds.Length);
        for (var i = 0; i < requirementIds.Length; i++)
            byCompetency[requirementIds[i]] = i;

        // Phase 2, per occupation: combine the bits into cells.
        var cells = new CoverageCell[ids.Count][];
        Parallel.For(0, ids.Count, Parallelism,
            () => (Seen: new int[Supply.MaxCredentialId + 1], Counts: new int[distinct.Count]),
            (o, _, local) =>
            {
                var occupationId = ids[o];
                var requirements = Taxonomy.Requirements[occupationId].DistinctBy(r => r.CompetencyId).ToList();
                var factor = GapWeights.DemandFactor(Taxonomy.Demand.GetValueOrDefault(occupationId));
                Array.Clear(local.Counts);
                var stamp = o + 1;
                foreach (var requirement in requirements)
                {
                    foreach (var id in covering[byCompetency[requirement.CompetencyId]].Ids)
                    {
                        if (local.Seen[id] == stamp)
                            continue;
                        local.Seen[id] = stamp;
                        var mask = masks.Known(id);
                        for (var region = 0; region < distinct.Count; region++)
                        {
                            if ((mask & (1UL << region)) != 0)
                                local.Counts[region]++;
                        }
                    }
                }
                var row = new CoverageCell[distinct.Count];
                for (var region = 0; region < distinct.Count; region++)
                {
                    var bit = 1UL << region;
                    var gaps = requirements.Select(r =>
                    {
                        var covered = (covering[byCompetency[r.CompetencyId]].Mask & bit) != 0;
                        var weight = GapWeights.GapWeight(r);
                        return new RequirementGap(r, covered, 0, 0, [], weight, covered ? 0 : weight * factor);
                    }).ToList();
                    row[region] = CoverageEngine.Cell(occupationId, distinct[region], SkillGapEngine.Summarise(gaps, factor), local.Counts[region]);
                }
                cells[o] = row;
                return local;
            },
            _ => { });
        return CoverageEngine.Sorted(cells.SelectMany(row => row));
    }

    private static ParallelOptions Parallelism { get; } = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) };

    /// <summary>
    /// Per credential, one bit per region: passes the filter with its regions replaced by that one region. Computed on
    /// first use and kept in an array by id (bit 63 marks "computed"; concurrent first uses write the same value).
    /// </summary>
    private sealed class RegionMasks(SupplyFilter filter, List<string> regions, int maxId)
    {
        private const ulong Computed = 1UL << 63;
        private readonly ulong[] _masks = new ulong[maxId + 1];

        /// <summary>The mask of a credential <see cref="Of"/> has computed.</summary>
        public ulong Known(int id) => Volatile.Read(ref _masks[id]) & ~Computed;

        public ulong Of(SupplyPosting credential)
        {
            var known = Volatile.Read(ref _masks[credential.Id]);
            if (known != 0)
                return known & ~Computed;
            var mask = 0UL;
            if (filter.MatchesIgnoringRegions(credential))
            {
                for (var i = 0; i < regions.Count; i++)
                {
                    if (SupplyFilter.OfferedIn(credential, regions[i]))
                        mask |= 1UL << i;
                }
            }
            Volatile.Write(ref _masks[credential.Id], mask | Computed);
            return mask;
        }
    }
}
