namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Turns a chosen cover into ordered steps: credentials whose prerequisites are met go first; an unmet prerequisite is
/// covered by the cheapest credential passing the filter (one round: its own prerequisites are only reported); a part
/// of another chosen credential is marked as included and not counted again.
/// </summary>
internal sealed class PathwayAssembly(
    GapSnapshot snapshot, CompetencyMatcher matcher, HashSet<int> held, List<SupplyPosting> supply, PathwayObjective objective)
{
    private readonly List<UnmetPrerequisite> _unmet = [];

    public List<PathwayStep> Steps(List<CoverCandidate> chosen, IReadOnlySet<int> universe)
    {
        var ordered = Order(chosen, universe);
        var earned = held.Union(ordered.SelectMany(s => snapshot.CoverageOf(s.CredentialId))).ToHashSet();
        var steps = new List<PathwayStep>();
        foreach (var step in ordered)
        {
            steps.AddRange(Prerequisites(step.CredentialId, earned, steps.Concat(ordered)));
            steps.Add(step);
        }
        return steps.Select(s => s with { IncludedIn = Whole(s.CredentialId, steps) }).ToList();
    }

    public PathwayResult Result(PathwayAlgorithm used, int candidateCount, List<PathwayStep> steps, List<int> essentials, HashSet<int> universe)
    {
        var counted = steps.Where(s => s.IncludedIn is null).Select(s => (Step: s, Credential: snapshot.Credential(s.CredentialId)!)).ToList();
        var cost = counted.Where(c => c.Credential is { CostAmount: not null, CostCurrency: not null })
            .GroupBy(c => c.Credential.CostCurrency!).ToDictionary(g => g.Key, g => g.Sum(c => c.Credential.CostAmount!.Value));
        return new PathwayResult(
            used, objective, candidateCount, steps,
            essentials.Where(universe.Contains).ToList(),
            essentials.Where(e => !universe.Contains(e)).ToList(),
            steps.Where(s => !s.ForPrerequisite).Sum(s => PathwayEngine.Cost(snapshot.Credential(s.CredentialId)!, objective)),
            cost,
            counted.Sum(c => c.Credential.Hours ?? 0),
            _unmet);
    }

    private List<PathwayStep> Order(List<CoverCandidate> chosen, IReadOnlySet<int> universe)
    {
        var remaining = chosen.ToList();
        var earned = held.ToHashSet();
        var uncovered = universe.ToHashSet();
        var steps = new List<PathwayStep>();
        while (remaining.Count > 0)
        {
            var next = remaining.OrderByDescending(c => PrerequisitesMet(c.Id, earned))
                .ThenByDescending(c => SetCover.Effectiveness(c, uncovered)).ThenBy(c => c.Id).First();
            remaining.Remove(next);
            steps.Add(new PathwayStep(next.Id, snapshot.Credential(next.Id)!.Title, next.Cover.Where(uncovered.Contains).Order().ToList()));
            uncovered.ExceptWith(next.Cover);
            earned.UnionWith(snapshot.CoverageOf(next.Id));
        }
        return steps;
    }

    private bool PrerequisitesMet(int credentialId, HashSet<int> earned) =>
        snapshot.Credential(credentialId)!.Prerequisites.All(p => matcher.IsSatisfiedBy(p, earned));

    private List<PathwayStep> Prerequisites(int credentialId, HashSet<int> earned, IEnumerable<PathwayStep> taken)
    {
        var added = new List<PathwayStep>();
        var takenIds = taken.Select(s => s.CredentialId).ToHashSet();
        foreach (var prerequisite in snapshot.Credential(credentialId)!.Prerequisites.Order())
        {
            if (matcher.IsSatisfiedBy(prerequisite, earned))
                continue;
            var cover = matcher.Covering(prerequisite, supply.Where(c => !takenIds.Contains(c.Id)))
                .Select(c => snapshot.Credential(c.Key)!).OrderBy(c => PathwayEngine.Cost(c, objective)).ThenBy(c => c.Id).FirstOrDefault();
            if (cover is null)
            {
                _unmet.Add(new UnmetPrerequisite(credentialId, prerequisite));
                continue;
            }
            added.Add(new PathwayStep(cover.Id, cover.Title, [], ForPrerequisite: true));
            takenIds.Add(cover.Id);
            earned.UnionWith(snapshot.CoverageOf(cover.Id));
        }
        return added;
    }

    private int? Whole(int credentialId, List<PathwayStep> steps) =>
        steps.Select(s => (int?)s.CredentialId).FirstOrDefault(w => w != credentialId && snapshot.PartsOf(w!.Value).Contains(credentialId));
}
