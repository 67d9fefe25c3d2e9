namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Turns a chosen cover into ordered steps: credentials whose prerequisites are met go first; a missing prerequisite is
/// covered by the cheapest credential passing the filter, placed before the step (recursively, each credential at most
/// once); what stays missing is reported; a part of another chosen credential is marked as included and not counted again.
/// </summary>
internal sealed class PathwayAssembly(
    GapSnapshot snapshot, CompetencyMatcher matcher, HashSet<int> held, List<SupplyPosting> supply, PathwayObjective objective)
{
    private readonly List<UnmetPrerequisite> _unmet = [];

    public List<PathwayStep> Steps(List<CoverCandidate> chosen, IReadOnlySet<int> universe)
    {
        var ordered = Order(chosen, universe);
        var earned = held.Union(ordered.SelectMany(s => snapshot.CoverageOf(s.CredentialId))).ToHashSet();
        var taken = ordered.Select(s => s.CredentialId).ToHashSet();
        var steps = new List<PathwayStep>();
        foreach (var step in ordered)
            Place(step, earned, taken, steps);
        _unmet.AddRange(steps.SelectMany(s => snapshot.Credential(s.CredentialId)!.Prerequisites.Order()
            .Where(p => !matcher.IsSatisfiedBy(p, earned)).Select(p => new UnmetPrerequisite(s.CredentialId, p))));
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

    /// <summary>Adds the step after credentials that cover its missing prerequisites (theirs first, recursively).</summary>
    private void Place(PathwayStep step, HashSet<int> earned, HashSet<int> taken, List<PathwayStep> steps)
    {
        foreach (var prerequisite in snapshot.Credential(step.CredentialId)!.Prerequisites.Order())
        {
            if (matcher.IsSatisfiedBy(prerequisite, earned))
                continue;
            var cover = matcher.Covering(prerequisite, supply.Where(c => !taken.Contains(c.Id)))
                .Select(c => snapshot.Credential(c.Key)!).OrderBy(c => PathwayEngine.Cost(c, objective)).ThenBy(c => c.Id).FirstOrDefault();
            if (cover is null)
                continue;
            taken.Add(cover.Id);
            earned.UnionWith(snapshot.CoverageOf(cover.Id));
            Place(new PathwayStep(cover.Id, cover.Title, [], ForPrerequisite: true), earned, taken, steps);
        }
        steps.Add(step);
    }

    private int? Whole(int credentialId, List<PathwayStep> steps) =>
        steps.Select(s => (int?)s.CredentialId).FirstOrDefault(w => w != credentialId && snapshot.PartsOf(w!.Value).Contains(credentialId));
}
