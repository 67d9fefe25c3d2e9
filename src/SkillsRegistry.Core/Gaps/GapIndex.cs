using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Everything the gap engines read, precomputed in memory for the whole registry: the hierarchy closures (up to
/// <see cref="Data.CompetencyHierarchy.MaxDepth"/> levels), resolved competency crosswalk links, every occupation's
/// requirements and demand, and the supply — every credential (drafts included) with its filterable attributes, and
/// per-competency postings (which credentials teach or assess it) plus the reverse stackability edges. Immutable: a
/// change produces a new index (<see cref="GapIndexLoader"/>). Answers are exactly those of the engines over a snapshot
/// loaded by <see cref="GapSnapshotLoader"/> / <see cref="CoverageSnapshotLoader"/> for the same viewer.
/// </summary>
public sealed partial class GapIndex
{
    private const int MaxStackLevels = 4;

    internal GapIndex(GapTaxonomy taxonomy, GapSupply supply, GapIndexVersion version)
    {
        Taxonomy = taxonomy;
        Supply = supply;
        Version = version;
    }

    /// <summary>The data stamps and the last credential revision this index reflects.</summary>
    public GapIndexVersion Version { get; }

    public int CredentialCount => Supply.Credentials.Count;

    public int OccupationCount => Taxonomy.Requirements.Count;

    internal GapTaxonomy Taxonomy { get; }

    internal GapSupply Supply { get; }

    internal GapIndex With(GapSupply supply, GapIndexVersion version) => new(Taxonomy, supply, version);

    /// <summary>Whether the occupation exists in the index (has an entry, with or without requirements).</summary>
    public bool HasOccupation(int occupationId) => Taxonomy.Requirements.ContainsKey(occupationId);

    /// <summary>The snapshot <see cref="GapSnapshotLoader.LoadAsync"/> would load for this viewer, without touching the database.</summary>
    public GapSnapshot Snapshot(GapTarget target, RegistryViewer viewer)
    {
        var query = new TargetQuery(this, target, viewer);
        var set = CredentialSet(query.Relevant, target.HeldCredentialIds.ToHashSet(), viewer);
        var credentials = set.Order().Select(id => Supply.Credentials[id]).Select(c => c.PartIds.All(set.Contains)
            ? c : c with { PartIds = [.. c.PartIds.Where(set.Contains)] });
        return new GapSnapshot(query.Requirements, credentials, query.Graph, query.Links, query.Held, query.Demand);
    }

    /// <summary>
    /// <see cref="SkillGapEngine.Analyze"/> of the snapshot <see cref="Snapshot"/> would build, computed from the
    /// per-competency postings: only credentials teaching a satisfying competency (and the wholes they are part of)
    /// are looked at, and the filter is applied to those alone.
    /// </summary>
    public SkillGapResult SkillGap(GapTarget target, SupplyFilter filter, MatchingOptions options, RegistryViewer viewer, DemandInfo? demand = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        filter.EnsureValid();
        var query = new TargetQuery(this, target, viewer);
        var light = new GapSnapshot(query.Requirements, [], query.Graph, query.Links, query.Held);
        var matcher = new CompetencyMatcher(light, options);
        var heldCredentials = target.HeldCredentialIds.ToHashSet();
        using var matches = new ColumnFilter(filter, Supply);
        var factor = GapWeights.DemandFactor(demand ?? query.Demand);
        // Requirements are independent: at 1M credentials one takes milliseconds, so a single query uses every core.
        var gaps = new RequirementGap[light.Requirements.Count];
        Parallel.For(0, gaps.Length, Parallelism,
            () => new RequirementScratch(new StackSet(this, query.Relevant, heldCredentials, viewer), new IdBitSet(Supply.Columns.Length),
                new int[Supply.Columns.MaxProviderId + 1]),
            (i, _, scratch) =>
            {
                gaps[i] = Gap(light.Requirements[i], matcher.Satisfiers(light.Requirements[i].CompetencyId), matches, scratch, stamp: i + 1, factor);
                return scratch;
            },
            scratch => scratch.Seen.Dispose());
        return SkillGapEngine.Summarise([.. gaps], factor);
    }

    /// <summary>Per-thread state of <see cref="SkillGap(GapTarget, SupplyFilter, MatchingOptions, RegistryViewer, DemandInfo?)"/>.</summary>
    private sealed record RequirementScratch(StackSet Stack, IdBitSet Seen, int[] ProviderStamps)
    {
        public List<(int Id, double Fit)> Candidates { get; } = [];
    }

    private RequirementGap Gap(TargetRequirement requirement, Dictionary<int, double> satisfiers, ColumnFilter matches, RequirementScratch scratch, int stamp, double factor)
    {
        var candidates = scratch.Candidates;
        candidates.Clear();
        if (Supply.WholesOf.Count == 0)
        {
            // No stackability anywhere: a credential's fit is the best of its own competencies'. Satisfiers in
            // descending fit, so the first time a credential is met is at its best fit.
            scratch.Seen.Clear();
            foreach (var (competency, fit) in satisfiers.OrderByDescending(s => s.Value))
            {
                foreach (var id in Supply.TaughtBy.GetValueOrDefault(competency, []))
                {
                    if (scratch.Seen.Add(id) && scratch.Stack.IsDirectMember(id) && matches.Matches(id))
                        candidates.Add((id, fit));
                }
            }
        }
        else
        {
            foreach (var (id, fit) in Covering(satisfiers, scratch.Stack))
            {
                if (matches.Matches(id))
                    candidates.Add((id, fit));
            }
        }
        return Gap(requirement, candidates, scratch.ProviderStamps, stamp, factor);
    }

    /// <summary>The engine's gap of one requirement (<see cref="SkillGapEngine.Analyze"/>) from the columns: counts, distinct providers and the best few, in its order.</summary>
    private RequirementGap Gap(TargetRequirement requirement, List<(int Id, double Fit)> candidates, int[] providerStamps, int stamp, double factor)
    {
        var columns = Supply.Columns;
        var providers = 0;
        var top = new List<(int Id, double Fit)>(SkillGapEngine.BestCount + 1);
        Func<(int Id, double Fit), (int Id, double Fit), bool> before = Before;
        foreach (var candidate in candidates)
        {
            ref var providerStamp = ref providerStamps[columns.Provider(candidate.Id)];
            if (providerStamp != stamp)
            {
                providerStamp = stamp;
                providers++;
            }
            SkillGapEngine.KeepBest(top, candidate, before);
        }
        var best = top.Select(t => SkillGapEngine.Covering(Supply.Credentials[t.Id], t.Fit)).ToList();
        return SkillGapEngine.Gap(requirement, candidates.Count, providers, best, factor);

        bool Before((int Id, double Fit) a, (int Id, double Fit) b) =>
            a.Fit != b.Fit ? a.Fit > b.Fit : columns.CompareCostHoursId(a.Id, b.Id, id => Supply.Credentials[id]) < 0;
    }

    /// <summary>
    /// Credential id → fit for one requirement's satisfiers: credentials teaching a satisfier, and wholes above them
    /// (through parts in the loader's credential set), each with the best fit of anything it covers. Not filtered.
    /// </summary>
    private Dictionary<int, double> Covering(Dictionary<int, double> satisfiers, StackSet stack)
    {
        var fits = new Dictionary<int, double>();
        foreach (var (competency, fit) in satisfiers)
        {
            if (!Supply.TaughtBy.TryGetValue(competency, out var taught))
                continue;
            foreach (var id in taught)
            {
                // A posting of a satisfier (which is relevant) is in the set unless invisible or held.
                if (fit > fits.GetValueOrDefault(id) && stack.IsDirectMember(id))
                    fits[id] = fit;
            }
        }
        if (Supply.WholesOf.Count == 0)
            return fits;
        var pending = new Stack<int>(fits.Keys.Where(Supply.WholesOf.ContainsKey));
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            var fit = fits[part];
            foreach (var whole in Supply.WholesOf.GetValueOrDefault(part, []))
            {
                if (whole != part && fit > fits.GetValueOrDefault(whole) && stack.IsMember(whole))
                {
                    fits[whole] = fit;
                    pending.Push(whole);
                }
            }
        }
        return fits;
    }

    /// <summary>
    /// The loader's credential set: visible credentials teaching or assessing a relevant competency, the wholes up to
    /// <see cref="MaxStackLevels"/> levels above them, minus the held credentials.
    /// </summary>
    private HashSet<int> CredentialSet(HashSet<int> relevant, HashSet<int> heldCredentials, RegistryViewer viewer)
    {
        var set = new HashSet<int>();
        foreach (var competency in relevant)
        {
            foreach (var id in Supply.TaughtBy.GetValueOrDefault(competency, []))
            {
                if (Supply.Columns.IsVisible(id, viewer))
                    set.Add(id);
            }
        }
        var frontier = set.ToList();
        for (var level = 0; level < MaxStackLevels && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var part in frontier)
            {
                foreach (var whole in Supply.WholesOf.GetValueOrDefault(part, []))
                {
                    if (Supply.Columns.IsVisible(whole, viewer) && set.Add(whole))
                        next.Add(whole);
                }
            }
            frontier = next;
        }
        set.ExceptWith(heldCredentials);
        return set;
    }

    /// <summary>The relevant competencies around some requirement ids (hierarchy within the depth, crosswalk ends) and the links.</summary>
    private (HashSet<int> Relevant, List<CrosswalkLink> Links) Around(IReadOnlyCollection<int> ids, int depth)
    {
        var relevant = ids.ToHashSet();
        foreach (var id in ids)
        {
            foreach (var (other, distance) in Taxonomy.Hierarchy.Ancestors(id))
            {
                if (distance <= depth)
                    relevant.Add(other);
            }
            foreach (var (other, distance) in Taxonomy.Hierarchy.Descendants(id))
            {
                if (distance <= depth)
                    relevant.Add(other);
            }
        }
        var mappings = new HashSet<int>();
        foreach (var id in ids)
        {
            if (Taxonomy.Competencies.TryGetValue(id, out var competency) && Taxonomy.MappingsByUri.TryGetValue(competency.Uri, out var found))
                mappings.UnionWith(found);
        }
        var links = mappings.Order().SelectMany(m => Taxonomy.Mappings[m]).ToList();
        foreach (var link in links)
        {
            relevant.Add(link.SourceId);
            relevant.Add(link.TargetId);
        }
        return (relevant, links);
    }

    private static void ValidateDepth(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, Data.CompetencyHierarchy.MaxDepth);
    }

    /// <summary>A target resolved against the index as <see cref="GapSnapshotLoader"/> resolves it.</summary>
    private sealed class TargetQuery
    {
        public TargetQuery(GapIndex index, GapTarget target, RegistryViewer viewer)
        {
            ArgumentNullException.ThrowIfNull(target);
            ArgumentNullException.ThrowIfNull(viewer);
            ValidateDepth(target.HierarchyDepth);
            var taxonomy = index.Taxonomy;
            if (target.OccupationId is { } occupationId)
            {
                Requirements = taxonomy.Requirements.GetValueOrDefault(occupationId, []);
                Demand = taxonomy.Demand.GetValueOrDefault(occupationId);
            }
            else
            {
                Requirements = [.. target.RoleCompetencyIds.Distinct().Order()
                    .Where(taxonomy.Competencies.ContainsKey).Select(id => taxonomy.Competencies[id])];
            }
            Held = [.. target.HeldCompetencyIds];
            foreach (var id in target.HeldCredentialIds)
            {
                if (index.Supply.Columns.IsVisible(id, viewer))
                    Held.UnionWith(index.Supply.Credentials[id].Competencies);
            }
            var ids = Requirements.Select(r => r.CompetencyId).Where(id => !Held.Contains(id)).ToList();
            (Relevant, Links) = index.Around(ids, target.HierarchyDepth);
            Graph = taxonomy.Hierarchy.WithMaxDepth(target.HierarchyDepth);
        }

        public IReadOnlyList<TargetRequirement> Requirements { get; }
        public DemandInfo? Demand { get; }
        public HashSet<int> Held { get; }
        public HashSet<int> Relevant { get; }
        public List<CrosswalkLink> Links { get; }
        public CompetencyGraph Graph { get; }
    }

    /// <summary>
    /// Membership in the loader's credential set, decided per credential on demand: visible, not held, and within
    /// <see cref="MaxStackLevels"/> stacking levels above a visible credential teaching a relevant competency.
    /// </summary>
    private sealed class StackSet(GapIndex index, HashSet<int> relevant, HashSet<int> heldCredentials, RegistryViewer viewer)
    {
        private readonly Dictionary<int, bool> _member = [];

        /// <summary>For a credential teaching a relevant competency: visible and not held.</summary>
        public bool IsDirectMember(int id) =>
            index.Supply.Columns.IsVisible(id, viewer) && (heldCredentials.Count == 0 || !heldCredentials.Contains(id));

        /// <summary>For a credential teaching a relevant competency (any posting of a satisfier), or any whole above one.</summary>
        public bool IsMember(int id)
        {
            if (_member.TryGetValue(id, out var member))
                return member;
            member = index.Supply.Columns.IsVisible(id, viewer) && !heldCredentials.Contains(id) && WithinLevels(id);
            _member[id] = member;
            return member;
        }

        private bool WithinLevels(int id)
        {
            var frontier = new List<int> { id };
            var seen = new HashSet<int> { id };
            for (var level = 0; level <= MaxStackLevels && frontier.Count > 0; level++)
            {
                var next = new List<int>();
                foreach (var node in frontier)
                {
                    var posting = index.Supply.Credentials[node];
                    if (posting.Competencies.Any(relevant.Contains))
                        return true;
                    foreach (var part in posting.PartIds)
                    {
                        if (index.Supply.Columns.IsVisible(part, viewer) && seen.Add(part))
                            next.Add(part);
                    }
                }
                frontier = next;
            }
            return false;
        }
    }
}

/// <summary>Which data an index reflects: the <see cref="DataStamp"/> values and the last credential revision applied.</summary>
public sealed record GapIndexVersion(long TaxonomyStamp, long SupplyStamp, long RevisionId);

/// <summary>The taxonomy side of the index; rebuilt whenever the taxonomy stamp moves.</summary>
internal sealed record GapTaxonomy(
    CompetencyGraph Hierarchy,
    Dictionary<int, TargetRequirement> Competencies,
    Dictionary<int, TargetRequirement[]> Requirements,
    Dictionary<int, DemandInfo> Demand,
    List<CrosswalkLink[]> Mappings,
    Dictionary<string, int[]> MappingsByUri);

/// <summary>
/// The supply side: every credential (drafts included; visibility is applied per viewer), the per-competency postings
/// (Teaches/Assesses alignments: credential ids, ascending), the reverse stackability edges (part → wholes) and the
/// columns the postings are filtered by. Replaced, never mutated.
/// </summary>
internal sealed record GapSupply(
    Dictionary<int, SupplyPosting> Credentials,
    Dictionary<int, int[]> TaughtBy,
    Dictionary<int, int[]> WholesOf,
    SupplyColumns Columns)
{
    /// <summary>The postings of these credentials: per competency they teach or assess, their ids in ascending order.</summary>
    public static Dictionary<int, int[]> PostingsOf(IEnumerable<SupplyPosting> credentials) =>
        credentials.SelectMany(c => c.Competencies.Select(competency => (Competency: competency, c.Id)))
            .GroupBy(x => x.Competency).ToDictionary(g => g.Key, g => g.Select(x => x.Id).Order().ToArray());
}
