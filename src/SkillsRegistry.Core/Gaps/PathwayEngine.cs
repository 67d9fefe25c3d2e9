using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Plans a set of credentials (passing the filter) that covers the target's essential competencies: a weighted set
/// cover, exact by branch and bound when few candidates remain after dominance pruning, greedy otherwise. Pure.
/// </summary>
public static class PathwayEngine
{
    public const int ExactCandidateLimit = 20;

    /// <summary>Plans a pathway; see <see cref="PathwayResult"/> and docs/gaps.md for the semantics.</summary>
    /// <remarks>
    /// <paramref name="held"/> adds held competencies to the snapshot's: essentials with those ids need no cover and
    /// prerequisites with them are met. <paramref name="algorithm"/> forces Exact or Greedy; Auto picks by candidate count.
    /// </remarks>
    public static PathwayResult Plan(
        GapSnapshot snapshot,
        SupplyFilter filter,
        MatchingOptions options,
        PathwayObjective objective,
        IReadOnlyCollection<int>? held = null,
        PathwayAlgorithm algorithm = PathwayAlgorithm.Auto)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var matcher = new CompetencyMatcher(snapshot, options);
        var heldSet = snapshot.HeldCompetencyIds.Union(held ?? []).ToHashSet();
        var essentials = snapshot.Requirements
            .Where(r => r.Relation == RequirementRelation.Essential && !heldSet.Contains(r.CompetencyId))
            .Select(r => r.CompetencyId).ToList();
        var supply = snapshot.Credentials.Where(filter.Matches).ToList();
        var candidates = Candidates(matcher, essentials, supply, objective);
        var universe = candidates.SelectMany(c => c.Cover).ToHashSet();
        var pruned = SetCover.PruneDominated(candidates);
        var used = Choose(algorithm, pruned.Count, universe.Count);
        var chosen = used switch
        {
            PathwayAlgorithm.Exact => SetCover.Exact(pruned, universe),
            PathwayAlgorithm.Greedy => SetCover.Greedy(pruned, universe),
            _ => [],
        };
        var assembly = new PathwayAssembly(snapshot, matcher, heldSet, supply, objective);
        var steps = assembly.Steps(chosen, universe);
        return assembly.Result(used, candidates.Count, steps, essentials, universe);
    }

    /// <summary>The objective cost of one credential.</summary>
    public static double Cost(SupplyPosting credential, PathwayObjective objective)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return objective switch
        {
            PathwayObjective.LowestCost => (double)(credential.CostAmount ?? 0),
            PathwayObjective.ShortestHours => (double)(credential.Hours ?? 0),
            _ => 1,
        };
    }

    private static List<CoverCandidate> Candidates(
        CompetencyMatcher matcher, List<int> essentials, List<SupplyPosting> supply, PathwayObjective objective)
    {
        var covers = supply.ToDictionary(c => c.Id, _ => new HashSet<int>());
        foreach (var essential in essentials)
        {
            foreach (var id in matcher.Covering(essential, supply).Keys)
                covers[id].Add(essential);
        }
        return supply.Where(c => covers[c.Id].Count > 0)
            .Select(c => new CoverCandidate(c.Id, covers[c.Id], Cost(c, objective))).ToList();
    }

    private static PathwayAlgorithm Choose(PathwayAlgorithm requested, int candidates, int universe) =>
        universe == 0 ? PathwayAlgorithm.None
        : requested is PathwayAlgorithm.Exact or PathwayAlgorithm.Greedy ? requested
        : candidates <= ExactCandidateLimit ? PathwayAlgorithm.Exact
        : PathwayAlgorithm.Greedy;
}
