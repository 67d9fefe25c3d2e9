using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SeedGapTests(SeededRegistryFixture fixture, ITestOutputHelper output) : IClassFixture<SeededRegistryFixture>
{
    private static readonly SupplyFilter _germanyUnder1000Eur = new() { Regions = ["DE"], MaxCost = 1000m, CostCurrency = "EUR" };

    [Fact]
    public async Task ICT_security_administrator_in_Germany_under_1000_EUR_matches_the_LINQ_reference()
    {
        await using var db = fixture.Open();
        var id = await SeededRegistryFixture.OccupationIdAsync(db, "esco", "ICT security administrator");
        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(id), CancellationToken.None);

        var result = SkillGapEngine.Analyze(snapshot, _germanyUnder1000Eur, MatchingOptions.Default);

        var expected = await SeedIndependentGap.ComputeAsync(db, id, c => SeedIndependentGap.InRegionUnderCap(c, "DE", 1000m));
        var covered = expected.Where(e => e.Covered).Select(e => e.Requirement).ToList();
        output.WriteLine($"required {result.RequiredCount} covered {result.CoveredCount} {result.CoveragePercent:F2}% weighted {result.WeightedCoveragePercent:F2}% uncovered essential {result.UncoveredEssential.Count} priority {result.Priority}");
        Assert.Equal(expected.Count, result.RequiredCount);
        Assert.Equal(100.0 * covered.Count / expected.Count, result.CoveragePercent, 9);
        Assert.Equal(100 * covered.Sum(SeedIndependentGap.Importance) / expected.Sum(e => SeedIndependentGap.Importance(e.Requirement)), result.WeightedCoveragePercent, 9);
        Assert.Equal(expected.Where(e => !e.Covered && e.Requirement.Relation == RequirementRelation.Essential).Select(e => e.Requirement.CompetencyId).Order(),
            result.UncoveredEssential.Select(g => g.CompetencyId).Order());
        Assert.Equal((54, 21, 13), (result.RequiredCount, result.CoveredCount, result.UncoveredEssential.Count));
        Assert.Equal((38.89, 38.67, 92.0), (Math.Round(result.CoveragePercent, 2), Math.Round(result.WeightedCoveragePercent, 2), result.Priority));
    }

    [Theory]
    [InlineData("15-1251.00", 362, 20, 22, 8.70)]
    [InlineData("15-1252.00", 426, 0, 31, 0.0)]
    public async Task O_NET_occupations_are_weighted_by_importance_and_demand(string code, int required, int coveredCount, int uncoveredEssential, double weighted)
    {
        await using var db = fixture.Open();
        var id = await SeededRegistryFixture.OccupationIdAsync(db, "onet", code);
        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(id), CancellationToken.None);
        var usd = new SupplyFilter { CostCurrency = "USD" };

        var result = SkillGapEngine.Analyze(snapshot, usd, MatchingOptions.Default);

        var expected = await SeedIndependentGap.ComputeAsync(db, id, c => c.CostCurrency == "USD" && c.CostAmount is not null);
        var covered = expected.Where(e => e.Covered).Select(e => e.Requirement).ToList();
        var demand = await db.Demand.SingleAsync(d => d.SocCode == code.Substring(0, 7));
        output.WriteLine($"required {result.RequiredCount} covered {result.CoveredCount} {result.CoveragePercent:F2}% weighted {result.WeightedCoveragePercent:F2}% uncovered essential {result.UncoveredEssential.Count} factor {result.DemandFactor} priority {result.Priority} openings {demand.AnnualOpenings} growth {demand.GrowthPercent}");
        Assert.Equal(expected.Count, result.RequiredCount);
        Assert.Equal(covered.Count, result.CoveredCount);
        Assert.Equal(100 * covered.Sum(SeedIndependentGap.Importance) / expected.Sum(e => SeedIndependentGap.Importance(e.Requirement)), result.WeightedCoveragePercent, 9);
        Assert.Equal(new DemandInfo(demand.AnnualOpenings, demand.GrowthPercent), snapshot.Demand);
        var factor = Math.Log10(1 + demand.AnnualOpenings!.Value) * (1 + Math.Max(demand.GrowthPercent!.Value, 0) / 100);
        var gapWeights = expected.Where(e => !e.Covered).Sum(e => SeedIndependentGap.Importance(e.Requirement)
            * (1 + (e.Requirement.IsInDemand ? 0.5 : 0) + (snapshot.Requirements.Single(r => r.CompetencyId == e.Requirement.CompetencyId).IsHotTechnology ? 0.5 : 0)));
        Assert.Equal(gapWeights * factor, result.Priority, 6);
        Assert.Equal((required, coveredCount, uncoveredEssential), (result.RequiredCount, result.CoveredCount, result.UncoveredEssential.Count));
        Assert.Equal(weighted, result.WeightedCoveragePercent, 2);
    }
}
