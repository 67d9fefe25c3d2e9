using CsCheck;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SkillGapEnginePropertyTests
{
    [Fact]
    public void Coverage_and_counts_equal_the_brute_force_reference() =>
        GapGenerators.Instance.Sample(instance =>
        {
            var result = SkillGapEngine.Analyze(instance.Snapshot(), instance.Filter, instance.Options);
            Assert.Equal(instance.Requirements.Count, result.RequiredCount);
            foreach (var gap in result.Requirements)
            {
                var covering = BruteForce.Covering(instance, gap.CompetencyId);
                Assert.Equal(covering.Count > 0, gap.Covered);
                Assert.Equal(covering.Count, gap.CredentialCount);
                Assert.Equal(covering.Select(c => c.ProviderId).Distinct().Count(), gap.ProviderCount);
                Assert.Equal(Math.Min(3, covering.Count), gap.Best.Count);
                Assert.All(gap.Best, b => Assert.Equal(BruteForce.Fit(instance, instance.Credentials.Single(c => c.Id == b.CredentialId), gap.CompetencyId), b.Fit, 9));
                Assert.Equal(covering.Select(c => BruteForce.Fit(instance, c, gap.CompetencyId)).OrderDescending().Take(3), gap.Best.Select(b => b.Fit));
            }
        }, iter: 400, print: i => i.ToString());

    [Fact]
    public void Totals_equal_the_brute_force_reference() =>
        GapGenerators.Instance.Sample(instance =>
        {
            var result = SkillGapEngine.Analyze(instance.Snapshot(), instance.Filter, instance.Options);
            var covered = instance.Requirements.Where(r => BruteForce.Covering(instance, r.CompetencyId).Count > 0).ToList();
            var total = instance.Requirements.Sum(BruteForce.Importance);
            Assert.Equal(covered.Count, result.CoveredCount);
            Assert.Equal(instance.Requirements.Count == 0 ? 100 : 100.0 * covered.Count / instance.Requirements.Count, result.CoveragePercent, 9);
            Assert.Equal(total == 0 ? 100 : 100 * covered.Sum(BruteForce.Importance) / total, result.WeightedCoveragePercent, 9);
            Assert.Equal(
                instance.Requirements.Where(r => r.Relation == RequirementRelation.Essential && !covered.Contains(r)).Select(r => r.CompetencyId).Order(),
                result.UncoveredEssential.Select(g => g.CompetencyId).Order());
        }, iter: 400, print: i => i.ToString());

    [Fact]
    public void Priority_is_the_documented_formula() =>
        GapGenerators.Instance.Sample(instance =>
        {
            var demand = new DemandInfo(356_700, 15);
            var result = SkillGapEngine.Analyze(instance.Snapshot(), instance.Filter, instance.Options, demand);
            var factor = Math.Log10(1 + 356_700) * 1.15;
            var expected = result.Requirements.Where(g => !g.Covered).Sum(g =>
                BruteForce.Importance(g.Requirement) * (1 + (g.Requirement.IsHotTechnology ? 0.5 : 0) + (g.Requirement.IsInDemand ? 0.5 : 0)) * factor);
            Assert.Equal(expected, result.Priority, 6);
        }, iter: 200, print: i => i.ToString());
}
