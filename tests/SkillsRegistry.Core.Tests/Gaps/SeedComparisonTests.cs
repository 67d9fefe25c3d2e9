using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SeedComparisonTests(SeededRegistryFixture fixture, ITestOutputHelper output) : IClassFixture<SeededRegistryFixture>
{
    [Fact]
    public async Task The_most_overlapping_seed_credentials_match_a_LINQ_set_computation()
    {
        await using var db = fixture.Open();
        var wholes = await db.CredentialParts.Select(p => p.WholeId).Distinct().ToListAsync();
        var taught = (await db.Alignments.AsNoTracking().Where(a => a.Type != AlignmentType.Requires && !wholes.Contains(a.CredentialId))
            .Select(a => new { a.CredentialId, a.CompetencyId, a.Weight }).ToListAsync()).GroupBy(a => a.CredentialId)
            .ToDictionary(g => g.Key, g => g.GroupBy(a => a.CompetencyId).ToDictionary(c => c.Key, c => c.Max(a => a.Weight)));
        var (first, second) = taught.Keys.SelectMany(a => taught.Keys.Where(b => b > a).Select(b => (a, b)))
            .OrderByDescending(p => taught[p.a].Keys.Intersect(taught[p.b].Keys).Count()).ThenBy(p => p).First();
        var third = taught.Keys.Where(k => k != first && k != second).OrderByDescending(k => taught[k].Keys.Intersect(taught[first].Keys).Count()).ThenBy(k => k).First();
        int[] ids = [second, first, third];

        var result = ComparisonEngine.CompareCredentials(await ComparisonSnapshotLoader.LoadCredentialsAsync(db, ids, 2, CancellationToken.None), MatchingOptions.Exact);

        Assert.Equal(ids, result.CredentialIds);
        foreach (var pair in result.Pairs)
        {
            var (a, b) = (taught[pair.FirstCredentialId], taught[pair.SecondCredentialId]);
            var shared = a.Keys.Intersect(b.Keys).ToList();
            output.WriteLine($"{pair.FirstCredentialId} vs {pair.SecondCredentialId}: |A| {a.Count} |B| {b.Count} shared {shared.Count} jaccard {pair.Jaccard:F4} weighted {pair.WeightedJaccard:F4}");
            Assert.Equal((double)shared.Count / a.Keys.Union(b.Keys).Count(), pair.Jaccard, 9);
            var m = shared.Sum(c => a[c] + b[c]) / 2;
            Assert.Equal(m / (a.Values.Sum() + b.Values.Sum() - m), pair.WeightedJaccard, 9);
        }
        Assert.True(result.Pairs[0].Jaccard > 0);
        Assert.Equal(taught[first].Keys.Intersect(taught[second].Keys).Intersect(taught[third].Keys).Order(), result.SharedCompetencyIds);
        Assert.Equal(taught[first].Keys.Except(taught[second].Keys).Except(taught[third].Keys).Order(), result.Unique[1].CompetencyIds);
    }

    [Fact]
    public async Task Provider_coverage_equals_SkillGapEngine_restricted_to_each_provider()
    {
        await using var db = fixture.Open();
        var occupation = await SeededRegistryFixture.OccupationIdAsync(db, "esco", "ICT security administrator");
        var providers = await db.Providers.OrderByDescending(p => p.Id).Select(p => p.Id).Take(ComparisonEngine.MaxProviders).ToListAsync();

        var result = ComparisonEngine.CompareProviders(
            await ComparisonSnapshotLoader.LoadProvidersAsync(db, providers, occupation, 2, CancellationToken.None), MatchingOptions.Default);

        var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(occupation), CancellationToken.None);
        Assert.Equal(occupation, result.OccupationId);
        Assert.Equal(providers, result.Providers.Select(p => p.ProviderId));
        foreach (var provider in result.Providers)
        {
            var gap = SkillGapEngine.Analyze(snapshot, SupplyFilter.Default with { ProviderIds = [provider.ProviderId] }, MatchingOptions.Default);
            output.WriteLine($"provider {provider.ProviderId}: {provider.CoveredCount}/{provider.RequiredCount} {provider.CoveragePercent:F2}% weighted {provider.WeightedCoveragePercent:F2}% uncovered essential {provider.UncoveredEssentialCompetencyIds.Count}");
            Assert.Equal((gap.RequiredCount, gap.CoveredCount), (provider.RequiredCount, provider.CoveredCount));
            Assert.Equal(gap.CoveragePercent, provider.CoveragePercent, 9);
            Assert.Equal(gap.WeightedCoveragePercent, provider.WeightedCoveragePercent, 9);
            Assert.Equal(gap.Requirements.Where(g => g.Covered).Select(g => g.CompetencyId).Order(), provider.CoveredCompetencyIds);
            Assert.Equal(gap.UncoveredEssential.Select(g => g.CompetencyId).Order(), provider.UncoveredEssentialCompetencyIds);
        }
        Assert.Contains(result.Providers, p => p.CoveredCount > 0);
    }

    [Fact]
    public async Task Unknown_ids_and_too_many_are_rejected()
    {
        await using var db = fixture.Open();
        var credential = await db.Credentials.Select(c => c.Id).FirstAsync();
        var provider = await db.Providers.Select(p => p.Id).FirstAsync();
        var occupation = await db.Occupations.Select(o => o.Id).FirstAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ComparisonSnapshotLoader.LoadCredentialsAsync(db, [credential, -5], 2, CancellationToken.None));
        Assert.Contains("-5", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => ComparisonSnapshotLoader.LoadCredentialsAsync(db, [credential], 2, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => ComparisonSnapshotLoader.LoadProvidersAsync(db, [provider, -7], occupation, 2, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => ComparisonSnapshotLoader.LoadProvidersAsync(db, [provider], -1, 2, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => ComparisonSnapshotLoader.LoadProvidersAsync(db, Enumerable.Range(1, 21).ToList(), occupation, 2, CancellationToken.None));
    }
}
