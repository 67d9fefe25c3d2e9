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

    [Fact]
    public void Every_prerequisite_is_met_by_the_pathway_or_reported_as_uncoverable() =>
        _problem.Sample((instance, objective) =>
        {
            var result = PathwayEngine.Plan(instance.Snapshot(), instance.Filter, instance.Options, objective);
            var chosen = result.Steps.Select(s => instance.Credentials.Single(c => c.Id == s.CredentialId)).ToList();
            var usable = instance.Credentials.Where(c => BruteForce.Passes(instance, c)).ToList();
            foreach (var (credential, prerequisite) in chosen.SelectMany(c => c.Prerequisites.Select(p => (c, p))))
            {
                var met = chosen.Any(c => BruteForce.Fit(instance, c, prerequisite) > 0);
                var reported = result.UnmetPrerequisites.Contains(new UnmetPrerequisite(credential.Id, prerequisite));
                Assert.True(met != reported, $"credential {credential.Id} prerequisite {prerequisite}: met {met}, reported {reported}");
                Assert.True(!reported || !usable.Any(c => BruteForce.Fit(instance, c, prerequisite) > 0));
            }
        }, iter: 300, print: p => p.ToString());

    [Fact]
    public void Totals_count_each_credential_once_and_skip_parts_of_chosen_wholes() =>
        _problem.Sample((instance, objective) =>
        {
            var result = PathwayEngine.Plan(instance.Snapshot(), instance.Filter, instance.Options, objective);
            var counted = result.Steps.Where(s => s.IncludedIn is null).Select(s => instance.Credentials.Single(c => c.Id == s.CredentialId)).ToList();
            Assert.Equal(result.Steps.Count, result.Steps.Select(s => s.CredentialId).Distinct().Count());
            Assert.Equal(counted.Sum(c => c.Hours ?? 0), result.TotalHours);
            Assert.Equal(counted.Where(c => c.CostAmount is not null).Sum(c => c.CostAmount!.Value), result.TotalCost.Values.Sum());
            Assert.All(result.Steps.Where(s => s.IncludedIn is not null), s => Assert.Contains(result.Steps, w => w.CredentialId == s.IncludedIn));
        }, iter: 300, print: p => p.ToString());
}
