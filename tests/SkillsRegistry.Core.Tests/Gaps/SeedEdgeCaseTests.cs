using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SeedEdgeCaseTests(SeededRegistryFixture fixture, ITestOutputHelper output) : IClassFixture<SeededRegistryFixture>
{
    private static readonly SupplyFilter _germanyUnder1000Eur = new() { Regions = ["DE"], MaxCost = 1000m, CostCurrency = "EUR" };

    private async Task<GapSnapshot> LoadAsync(string label, Func<GapTarget, GapTarget>? change = null)
    {
        await using var db = fixture.Open();
        var target = GapTarget.ForOccupation(await SeededRegistryFixture.OccupationIdAsync(db, "esco", label));
        return await GapSnapshotLoader.LoadAsync(db, change is null ? target : change(target), CancellationToken.None);
    }

    [Fact]
    public async Task An_occupation_without_requirements_has_nothing_to_cover()
    {
        await using var db = fixture.Open();
        var group = await db.Occupations.Where(o => !o.Requirements.Any()).Select(o => o.Id).FirstAsync();
        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(group), CancellationToken.None);

        var gap = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Default);
        var plan = PathwayEngine.Plan(snapshot, SupplyFilter.Default, MatchingOptions.Default, PathwayObjective.FewestCredentials);

        Assert.Equal((0, 100.0, 100.0, 0.0), (gap.RequiredCount, gap.CoveragePercent, gap.WeightedCoveragePercent, gap.Priority));
        Assert.Empty(snapshot.Credentials);
        Assert.Equal(PathwayAlgorithm.None, plan.Algorithm);
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public async Task A_filter_that_excludes_everything_leaves_every_essential_uncovered()
    {
        var snapshot = await LoadAsync("ICT security administrator");
        var nowhere = new SupplyFilter { Regions = ["ZZ"] };

        var gap = SkillGapEngine.Analyze(snapshot, nowhere, MatchingOptions.Default);
        var plan = PathwayEngine.Plan(snapshot, nowhere, MatchingOptions.Default, PathwayObjective.LowestCost);

        var essentials = snapshot.Requirements.Where(r => r.Relation == RequirementRelation.Essential).Select(r => r.CompetencyId).Order().ToList();
        Assert.Equal((0, 0.0), (gap.CoveredCount, gap.CoveragePercent));
        Assert.Equal(essentials, gap.UncoveredEssential.Select(g => g.CompetencyId).Order());
        Assert.Equal(PathwayAlgorithm.None, plan.Algorithm);
        Assert.Empty(plan.Steps);
        Assert.Equal(essentials, plan.UncoveredEssential.Order());
    }

    [Fact]
    public async Task Held_competencies_and_credentials_remove_requirements_and_supply()
    {
        var full = await LoadAsync("ICT security administrator");
        var held = full.Requirements.Where(r => r.Relation == RequirementRelation.Essential).Take(3).Select(r => r.CompetencyId).ToList();
        var credential = full.Credentials.First(c => c.Competencies.Overlaps(full.Requirements.Select(r => r.CompetencyId)));

        var reduced = await LoadAsync("ICT security administrator", t => t with { HeldCompetencyIds = held, HeldCredentialIds = [credential.Id] });

        var removed = held.Union(credential.Competencies.Intersect(full.Requirements.Select(r => r.CompetencyId))).ToHashSet();
        Assert.Equal(full.Requirements.Count - removed.Count, reduced.Requirements.Count);
        Assert.DoesNotContain(reduced.Requirements, r => removed.Contains(r.CompetencyId));
        Assert.Null(reduced.Credential(credential.Id));
        var gap = SkillGapEngine.Analyze(reduced, _germanyUnder1000Eur, MatchingOptions.Default);
        Assert.Equal(reduced.Requirements.Count, gap.RequiredCount);
    }

    [Fact]
    public async Task The_pathway_for_ICT_security_administrator_covers_every_coverable_essential()
    {
        var snapshot = await LoadAsync("ICT security administrator");

        var plan = PathwayEngine.Plan(snapshot, _germanyUnder1000Eur, MatchingOptions.Default, PathwayObjective.LowestCost);
        var greedy = PathwayEngine.Plan(snapshot, _germanyUnder1000Eur, MatchingOptions.Default, PathwayObjective.LowestCost, algorithm: PathwayAlgorithm.Greedy);

        output.WriteLine($"{plan.Algorithm} candidates {plan.CandidateCount} objective {plan.ObjectiveValue} greedy {greedy.ObjectiveValue} "
            + $"cost {string.Join(",", plan.TotalCost)} hours {plan.TotalHours} covered {plan.CoveredEssential.Count} uncovered {plan.UncoveredEssential.Count} "
            + $"unmet {string.Join(", ", plan.UnmetPrerequisites)}\n{string.Join("\n", plan.Steps.Select(s => $"{s.CredentialId} {s.Title} +{s.NewlyCovered.Count} prerequisite={s.ForPrerequisite} in={s.IncludedIn}"))}");
        var gap = SkillGapEngine.Analyze(snapshot, _germanyUnder1000Eur, MatchingOptions.Default);
        var coverable = gap.Requirements.Where(g => g.Covered && g.Relation == RequirementRelation.Essential).Select(g => g.CompetencyId).Order();
        Assert.Equal(coverable, plan.CoveredEssential.Order());
        Assert.Equal(gap.UncoveredEssential.Select(g => g.CompetencyId).Order(), plan.UncoveredEssential.Order());
        Assert.All(plan.Steps, s => Assert.True(_germanyUnder1000Eur.Matches(snapshot.Credential(s.CredentialId)!)));
        Assert.Equal((PathwayAlgorithm.Exact, 8, 1590.0, 1590.0), (plan.Algorithm, plan.CandidateCount, plan.ObjectiveValue, greedy.ObjectiveValue));
        Assert.Equal((6, 1), (plan.Steps.Count(s => !s.ForPrerequisite), plan.Steps.Count(s => s.ForPrerequisite)));
        Assert.Equal((1740m, 450m, 2), (plan.TotalCost["EUR"], plan.TotalHours, plan.UnmetPrerequisites.Count));
    }

    [Theory]
    [InlineData("esco", "ICT security administrator")]
    [InlineData("onet", "15-1252.00")]
    public async Task The_loader_runs_a_fixed_number_of_set_based_queries(string framework, string occupation)
    {
        await using var db = fixture.Open();
        var target = GapTarget.ForOccupation(await SeededRegistryFixture.OccupationIdAsync(db, framework, occupation));
        var counter = new CommandCounter();
        await using var counted = counter.Open(db);

        var snapshot = await GapSnapshotLoader.LoadAsync(counted, target, CancellationToken.None);

        output.WriteLine($"{snapshot.Requirements.Count} requirements, {snapshot.Credentials.Count} credentials, {counter.Count} commands");
        Assert.InRange(counter.Count, 1, 16);
    }
}
