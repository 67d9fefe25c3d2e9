using SkillsRegistry.Core.Gaps;
using static SkillsRegistry.Core.Tests.Gaps.GapExamples;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SkillGapEngineTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.8)]
    [InlineData(3, 0.64)]
    [InlineData(4, 0.0)]
    [InlineData(5, 0.0)]
    public void By_default_a_narrower_concept_within_two_levels_covers_with_fit_0_8_per_level(int taught, double fit)
    {
        var snapshot = new GapSnapshot([Essential(1)], [Credential(10, 100, taught)], Chain);
        var gap = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Default).Requirements.Single();
        Assert.Equal(fit > 0, gap.Covered);
        Assert.Equal(fit, gap.Best.Select(b => b.Fit).DefaultIfEmpty(0).Single(), 9);
    }

    [Fact]
    public void Broader_concepts_count_only_when_asked_with_fit_0_5_per_level()
    {
        var snapshot = new GapSnapshot([Essential(2)], [Credential(10, 100, 5)], Chain);
        Assert.False(SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Default).Requirements.Single().Covered);
        var broader = MatchingOptions.Default with { IncludeBroader = true };
        Assert.Equal(0.25, SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, broader).Requirements.Single().Best.Single().Fit);
        Assert.False(SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Exact).Requirements.Single().Covered);
    }

    [Fact]
    public void A_crosswalk_link_covers_above_the_confidence_threshold_in_either_direction()
    {
        var snapshot = new GapSnapshot([Essential(1), Essential(2)], [Credential(10, 100, 7)], crosswalk: [new(7, 1, 0.6), new(2, 7, 0.4)]);
        var crosswalk = new MatchingOptions { Mode = MatchingMode.Crosswalk, MinConfidence = 0.5 };
        var result = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, crosswalk);
        Assert.Equal([0.6], result.Requirements.Select(r => r.Best.Select(b => b.Fit).DefaultIfEmpty(0).Single()).Where(f => f > 0));
        Assert.Equal(2, SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, crosswalk with { MinConfidence = 0.3 }).CoveredCount);
        Assert.Equal(0, SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Default).CoveredCount);
    }

    [Fact]
    public void The_best_three_are_ordered_by_fit_then_cost_then_hours()
    {
        var credentials = new[] { Credential(1, 300, 2), Credential(2, 900, 1), Credential(3, 100, 2), Credential(4, 50, 3), Credential(5, 400, 1) };
        var gap = SkillGapEngine.Analyze(new GapSnapshot([Essential(1)], credentials, Chain), SupplyFilter.Default, MatchingOptions.Default)
            .Requirements.Single();
        Assert.Equal([5, 2, 3], gap.Best.Select(b => b.CredentialId));
        Assert.Equal((5, 5), (gap.CredentialCount, gap.ProviderCount));
    }

    [Fact]
    public void Weighted_coverage_and_priority_follow_the_documented_formulas()
    {
        var requirements = new[] { Essential(1, 5), Optional(2), Essential(3) with { IsHotTechnology = true, IsInDemand = true } };
        var snapshot = new GapSnapshot(requirements, [Credential(10, 100, 1)]);
        var result = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default, MatchingOptions.Exact, new DemandInfo(999, 10));
        Assert.Equal(100.0 / 3, result.CoveragePercent, 9);
        Assert.Equal(100.0 * 5 / (5 + 2 + 4), result.WeightedCoveragePercent, 9);
        Assert.Equal(3 * 1.1, result.DemandFactor, 9);
        Assert.Equal((2 * 1 + 4 * 2) * 3 * 1.1, result.Priority, 9);
        Assert.Equal([3], result.UncoveredEssential.Select(g => g.CompetencyId));
    }

    [Fact]
    public void A_whole_covers_what_its_parts_teach()
    {
        var part = Credential(1, 100, 7);
        var whole = Credential(2, 500) with { PartIds = [1] };
        var result = SkillGapEngine.Analyze(new GapSnapshot([Essential(7)], [part, whole]), SupplyFilter.Default, MatchingOptions.Exact);
        Assert.Equal(2, result.Requirements.Single().CredentialCount);
    }
}
