using CsCheck;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

public class ComparisonEnginePropertyTests
{
    /// <summary>An instance, 2–10 of its credentials in a scrambled order, and alignment weights for some (credential, competency) pairs.</summary>
    private static readonly Gen<(GapInstance Instance, List<int> Ids, List<(int, int, double)> Weights)> _comparison = Gen.Select(
        GapGenerators.Instance.Where(i => i.Credentials.Count >= 2), Gen.Int[2, 10], Gen.Int[1, 12],
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, GapGenerators.Concepts], Gen.OneOf(0.25, 0.5, 1.0)).Array[0, 12],
        (instance, count, multiplier, weights) => (instance,
            instance.Credentials.Select(c => c.Id).OrderBy(id => id * multiplier % 13).ThenBy(id => id).Take(count).ToList(),
            weights.ToList()));

    private static ComparisonSnapshot Snapshot(GapInstance instance, List<int> ids, List<(int, int, double)> weights) =>
        new(new GapSnapshot([], instance.Credentials, new CompetencyGraph(instance.Edges, GapInstance.HierarchyDepth), instance.Links), ids, weights: weights);

    private static List<int> AllParts(GapInstance instance, SupplyPosting c) =>
        instance.Credentials.Where(p => c.PartIds.Contains(p.Id)).SelectMany(p => AllParts(instance, p).Append(p.Id)).ToList();

    private static double Weight(GapInstance instance, List<(int Credential, int Competency, double Weight)> weights, int credential, int competency)
    {
        var tree = AllParts(instance, instance.Credentials.Single(c => c.Id == credential)).Append(credential).ToHashSet();
        var known = weights.Where(w => tree.Contains(w.Credential) && w.Competency == competency).Select(w => w.Weight).ToList();
        return known.Count == 0 ? 1 : known.Max();
    }

    [Fact]
    public void Exact_matching_is_plain_set_algebra() =>
        _comparison.Sample(c =>
        {
            var (instance, ids, weights) = c;
            var result = ComparisonEngine.CompareCredentials(Snapshot(instance, ids, weights), MatchingOptions.Exact);

            var sets = ids.ToDictionary(id => id, id => BruteForce.Earned(instance, instance.Credentials.Single(x => x.Id == id)));
            Assert.Equal(ids, result.CredentialIds);
            Assert.Equal(ids.Count * (ids.Count - 1) / 2, result.Pairs.Count);
            var k = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++, k++)
                {
                    var (a, b) = (sets[ids[i]], sets[ids[j]]);
                    var pair = result.Pairs[k];
                    Assert.Equal((ids[i], ids[j]), (pair.FirstCredentialId, pair.SecondCredentialId));
                    var union = a.Union(b).Count();
                    Assert.Equal(union == 0 ? 0 : (double)a.Intersect(b).Count() / union, pair.Jaccard, 9);
                    var shared = a.Intersect(b).Sum(x => Weight(instance, weights, ids[i], x) + Weight(instance, weights, ids[j], x)) / 2;
                    var total = a.Sum(x => Weight(instance, weights, ids[i], x)) + b.Sum(x => Weight(instance, weights, ids[j], x));
                    Assert.Equal(total == 0 ? 0 : shared / (total - shared), pair.WeightedJaccard, 9);
                }
            }
            Assert.Equal(sets.Values.Aggregate((x, y) => x.Intersect(y).ToHashSet()).Order(), result.SharedCompetencyIds);
            Assert.Equal(ids, result.Unique.Select(u => u.CredentialId));
            foreach (var unique in result.Unique)
                Assert.Equal(sets[unique.CredentialId].Where(x => sets.Where(s => s.Key != unique.CredentialId).All(s => !s.Value.Contains(x))).Order(), unique.CompetencyIds);
        }, iter: 300, print: c => $"{c.Instance}\nids: {string.Join(",", c.Ids)}");

    [Fact]
    public void Any_matching_follows_the_symmetric_match_relation() =>
        _comparison.Sample(c =>
        {
            var (instance, ids, weights) = c;
            var result = ComparisonEngine.CompareCredentials(Snapshot(instance, ids, weights), instance.Options);

            var sets = ids.ToDictionary(id => id, id => BruteForce.Earned(instance, instance.Credentials.Single(x => x.Id == id)));
            bool Match(int x, int y) => BruteForce.Fit(instance, x, y) > 0 || BruteForce.Fit(instance, y, x) > 0;
            bool MatchedBy(int x, int credential) => sets[credential].Any(y => Match(x, y));
            foreach (var pair in result.Pairs)
            {
                var (a, b) = (sets[pair.FirstCredentialId], sets[pair.SecondCredentialId]);
                var m = (a.Count(x => MatchedBy(x, pair.SecondCredentialId)) + b.Count(x => MatchedBy(x, pair.FirstCredentialId))) / 2.0;
                Assert.Equal(a.Count + b.Count == 0 ? 0 : m / (a.Count + b.Count - m), pair.Jaccard, 9);
                Assert.InRange(pair.Jaccard, 0, 1);
                Assert.InRange(pair.WeightedJaccard, 0, 1);
            }
            Assert.Equal(sets.Values.SelectMany(s => s).Distinct().Where(x => ids.All(id => MatchedBy(x, id))).Order(), result.SharedCompetencyIds);
            foreach (var unique in result.Unique)
                Assert.Equal(sets[unique.CredentialId].Where(x => ids.Where(id => id != unique.CredentialId).All(id => !MatchedBy(x, id))).Order(), unique.CompetencyIds);
        }, iter: 300, print: c => $"{c.Instance}\nids: {string.Join(",", c.Ids)}");

    [Fact]
    public void Provider_coverage_equals_the_brute_force_reference() =>
        GapGenerators.Instance.Sample(instance =>
        {
            int[] providers = [3, 1, 2];
            var result = ComparisonEngine.CompareProviders(new ComparisonSnapshot(instance.Snapshot(), providerIds: providers, occupationId: 5), instance.Options);

            Assert.Equal(5, result.OccupationId);
            Assert.Equal(providers, result.Providers.Select(p => p.ProviderId));
            foreach (var provider in result.Providers)
            {
                var own = instance.Credentials.Where(c => c.Status == CredentialStatus.Published && c.ProviderId == provider.ProviderId).ToList();
                var covered = instance.Requirements.Where(r => own.Any(c => BruteForce.Fit(instance, c, r.CompetencyId) > 0)).ToList();
                Assert.Equal(instance.Requirements.Count, provider.RequiredCount);
                Assert.Equal(covered.Count, provider.CoveredCount);
                Assert.Equal(covered.Select(r => r.CompetencyId).Order(), provider.CoveredCompetencyIds);
                Assert.Equal(BruteForce.Essentials(instance).Except(covered.Select(r => r.CompetencyId)).Order(), provider.UncoveredEssentialCompetencyIds);
                Assert.Equal(instance.Requirements.Count == 0 ? 100 : 100.0 * covered.Count / instance.Requirements.Count, provider.CoveragePercent, 9);
                var total = instance.Requirements.Sum(BruteForce.Importance);
                Assert.Equal(total == 0 ? 100 : 100 * covered.Sum(BruteForce.Importance) / total, provider.WeightedCoveragePercent, 9);
            }
        }, iter: 300, print: i => i.ToString());

    [Fact]
    public void Weighted_jaccard_follows_the_documented_formula_on_a_hand_example()
    {
        var credentials = new[]
        {
            new SupplyPosting(1, "a", 1) { Competencies = new HashSet<int> { 1, 2, 3 } },
            new SupplyPosting(2, "b", 1) { Competencies = new HashSet<int> { 2, 3, 4 } },
        };
        var snapshot = new ComparisonSnapshot(new GapSnapshot([], credentials), [1, 2], weights: [(1, 1, 0.5), (2, 3, 0.25)]);

        var pair = ComparisonEngine.CompareCredentials(snapshot, MatchingOptions.Exact).Pairs.Single();

        // A = {1: 0.5, 2: 1, 3: 1}, B = {2: 1, 3: 0.25, 4: 1}; m = (2 + 1.25) / 2 = 1.625; total = 2.5 + 2.25.
        Assert.Equal(0.5, pair.Jaccard, 9);
        Assert.Equal(1.625 / (4.75 - 1.625), pair.WeightedJaccard, 9);
    }

    [Fact]
    public void Counts_are_validated()
    {
        var credentials = Enumerable.Range(1, 11).Select(i => new SupplyPosting(i, $"c{i}", i)).ToList();
        var supply = new GapSnapshot([], credentials);
        Assert.Throws<ArgumentException>(() => ComparisonEngine.CompareCredentials(new ComparisonSnapshot(supply, [1]), MatchingOptions.Exact));
        Assert.Throws<ArgumentException>(() => ComparisonEngine.CompareCredentials(new ComparisonSnapshot(supply, Enumerable.Range(1, 11)), MatchingOptions.Exact));
        Assert.Throws<ArgumentException>(() => ComparisonEngine.CompareCredentials(new ComparisonSnapshot(supply, [1, 1]), MatchingOptions.Exact));
        Assert.Throws<ArgumentException>(() => new ComparisonSnapshot(supply, [1, 99]));
        Assert.Equal(45, ComparisonEngine.CompareCredentials(new ComparisonSnapshot(supply, Enumerable.Range(1, 10)), MatchingOptions.Exact).Pairs.Count);
        Assert.Throws<ArgumentException>(() => ComparisonEngine.CompareProviders(new ComparisonSnapshot(supply, providerIds: Enumerable.Range(1, 21), occupationId: 1), MatchingOptions.Exact));
        Assert.Throws<ArgumentException>(() => ComparisonEngine.CompareProviders(new ComparisonSnapshot(supply, providerIds: [1]), MatchingOptions.Exact));
    }
}
