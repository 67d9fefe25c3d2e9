using CsCheck;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Core.Tests.Gaps;

public class PathwayEnginePropertyTests
{
    private static readonly Gen<(GapInstance, PathwayObjective)> _problem =
        Gen.Select(GapGenerators.Instance, Gen.Enum<PathwayObjective>());

    [Fact]
    public void A_pathway_covers_every_coverable_essential_with_credentials_passing_the_filter() =>
        _problem.Sample((instance, objective) =>
        {
            foreach (var algorithm in new[] { PathwayAlgorithm.Exact, PathwayAlgorithm.Greedy })
            {
                var result = PathwayEngine.Plan(instance.Snapshot(), instance.Filter, instance.Options, objective, algorithm: algorithm);
                var chosen = result.Steps.Select(s => instance.Credentials.Single(c => c.Id == s.CredentialId)).ToList();
                Assert.All(chosen, c => Assert.True(BruteForce.Passes(instance, c), $"credential {c.Id} fails the filter"));
                var usable = instance.Credentials.Where(c => BruteForce.Passes(instance, c)).ToList();
                foreach (var essential in BruteForce.Essentials(instance))
                {
                    var coverable = usable.Any(c => BruteForce.Fit(instance, c, essential) > 0);
                    Assert.Equal(coverable, chosen.Any(c => BruteForce.Fit(instance, c, essential) > 0));
                    Assert.Equal(!coverable, result.UncoveredEssential.Contains(essential));
                }
            }
        }, iter: 300, print: p => p.ToString());

    [Fact]
    public void The_exact_pathway_costs_the_brute_force_optimum() =>
        _problem.Sample((instance, objective) =>
        {
            var result = PathwayEngine.Plan(instance.Snapshot(), instance.Filter, instance.Options, objective);
            if (result.CandidateCount > 10)
                return;
            Assert.NotEqual(PathwayAlgorithm.Greedy, result.Algorithm);
            var optimum = BruteForce.OptimalCost(instance, objective);
            Assert.Equal(optimum, result.ObjectiveValue, 6);
        }, iter: 300, print: p => p.ToString());

    [Fact]
    public void The_greedy_pathway_is_within_the_harmonic_bound_of_the_optimum() =>
        _problem.Sample((instance, objective) =>
        {
            var result = PathwayEngine.Plan(instance.Snapshot(), instance.Filter, instance.Options, objective, algorithm: PathwayAlgorithm.Greedy);
            var optimum = BruteForce.OptimalCost(instance, objective);
            var harmonic = Enumerable.Range(1, Math.Max(1, result.CoveredEssential.Count)).Sum(k => 1.0 / k);
            Assert.InRange(result.ObjectiveValue, optimum - 1e-6, optimum * harmonic + 1e-6);
        }, iter: 300, print: p => p.ToString());
}
