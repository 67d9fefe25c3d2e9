using SkillsRegistry.Core.Gaps;
using static SkillsRegistry.Core.Tests.Gaps.GapExamples;

namespace SkillsRegistry.Core.Tests.Gaps;

public class PathwayEngineTests
{
    private static PathwayResult Plan(GapSnapshot snapshot, PathwayObjective objective = PathwayObjective.LowestCost,
        IReadOnlyCollection<int>? held = null, PathwayAlgorithm algorithm = PathwayAlgorithm.Auto) =>
        PathwayEngine.Plan(snapshot, SupplyFilter.Default, MatchingOptions.Exact, objective, held, algorithm);

    [Fact]
    public void The_objective_decides_between_one_dear_credential_and_two_cheap_ones()
    {
        var snapshot = new GapSnapshot([Essential(1), Essential(2), Optional(3)], [Credential(1, 900, 1, 2), Credential(2, 100, 1), Credential(3, 200, 2)]);
        Assert.Equal([1], Plan(snapshot, PathwayObjective.FewestCredentials).Steps.Select(s => s.CredentialId));
        var cheapest = Plan(snapshot);
        Assert.Equal([2, 3], cheapest.Steps.Select(s => s.CredentialId).Order());
        Assert.Equal((PathwayAlgorithm.Exact, 300.0, 300m, 30m), (cheapest.Algorithm, cheapest.ObjectiveValue, cheapest.TotalCost["EUR"], cheapest.TotalHours));
    }

    [Fact]
    public void Held_competencies_need_no_cover()
    {
        var snapshot = new GapSnapshot([Essential(1), Essential(2)], [Credential(1, 100, 1), Credential(2, 100, 2)]);
        Assert.Equal([2], Plan(snapshot, held: [1]).Steps.Select(s => s.CredentialId));
        Assert.Equal(PathwayAlgorithm.None, Plan(snapshot, held: [1, 2]).Algorithm);
    }

    [Fact]
    public void A_missing_prerequisite_is_covered_by_the_cheapest_credential_or_reported()
    {
        var needsSeven = Credential(1, 100, 1) with { Prerequisites = new HashSet<int> { 7, 8 } };
        var snapshot = new GapSnapshot([Essential(1)], [needsSeven, Credential(2, 300, 7), Credential(3, 50, 7)]);
        var plan = Plan(snapshot);
        Assert.Equal([(3, true), (1, false)], plan.Steps.Select(s => (s.CredentialId, s.ForPrerequisite)));
        Assert.Equal([new UnmetPrerequisite(1, 8)], plan.UnmetPrerequisites);
        Assert.Equal((100.0, 150m), (plan.ObjectiveValue, plan.TotalCost["EUR"]));
        Assert.Empty(Plan(snapshot, held: [7, 8]).UnmetPrerequisites);
    }

    [Fact]
    public void A_part_of_a_chosen_whole_is_not_counted_twice()
    {
        var needsNine = Credential(1, 100, 1) with { Prerequisites = new HashSet<int> { 9 } };
        var part = Credential(2, 50, 2);
        var whole = Credential(3, 500, 9) with { PartIds = [2] };
        var plan = Plan(new GapSnapshot([Essential(1), Essential(2)], [needsNine, part, whole]));
        Assert.Equal(3, plan.Steps.Single(s => s.CredentialId == 2).IncludedIn);
        Assert.Equal((150.0, 600m), (plan.ObjectiveValue, plan.TotalCost["EUR"]));
    }

    [Fact]
    public void Many_candidates_use_the_greedy_cover_and_few_the_exact_one()
    {
        var requirements = Enumerable.Range(1, 25).Select(i => Essential(i)).ToList();
        var many = new GapSnapshot(requirements, requirements.Select(r => Credential(r.CompetencyId, 10, r.CompetencyId)));
        var greedy = Plan(many);
        Assert.Equal((PathwayAlgorithm.Greedy, 25, 250.0), (greedy.Algorithm, greedy.Steps.Count, greedy.ObjectiveValue));
        Assert.Equal(PathwayAlgorithm.Exact, Plan(many, algorithm: PathwayAlgorithm.Exact).Algorithm);
        var few = new GapSnapshot(requirements.Take(5), requirements.Take(5).Select(r => Credential(r.CompetencyId, 10, r.CompetencyId)));
        Assert.Equal(PathwayAlgorithm.Exact, Plan(few).Algorithm);
    }

    [Fact]
    public void Dominated_candidates_are_pruned_before_the_exact_search()
    {
        var requirements = Enumerable.Range(1, 3).Select(i => Essential(i)).ToList();
        var covers = Enumerable.Range(1, 30).Select(i => Credential(i, 100 + i, 1, 2)).Append(Credential(31, 50, 1, 2, 3));
        var plan = Plan(new GapSnapshot(requirements, covers));
        Assert.Equal((PathwayAlgorithm.Exact, 31), (plan.Algorithm, plan.CandidateCount));
        Assert.Equal([31], plan.Steps.Select(s => s.CredentialId));
    }
}
