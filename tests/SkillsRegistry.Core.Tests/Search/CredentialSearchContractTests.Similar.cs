using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Fact]
    public async Task Similar_credentials_exclude_the_source_and_share_its_competencies()
    {
        await using var db = Fixture.OpenSeeded();
        var source = await db.Credentials.Where(c => c.Alignments.Count >= 3).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var competencies = await db.Alignments.Where(a => a.CredentialId == source).Select(a => a.CompetencyId).ToListAsync();
        var overlapping = await SearchReference.CredentialsAlignedToAsync(db, competencies);
        var search = await SharedAsync();

        var similar = await search.SimilarAsync(source, 5, CancellationToken.None);

        Assert.Equal(5, similar.Count);
        Assert.DoesNotContain(similar, h => h.CredentialId == source);
        Assert.All(similar.Take(3), h => Assert.Contains(h.CredentialId, overlapping));
        Assert.True(similar.Zip(similar.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task Similar_credentials_are_never_drafts()
    {
        await using var db = Fixture.OpenSeeded();
        var drafts = await db.Credentials.Where(c => c.Status == CredentialStatus.Draft).Select(c => c.Id).ToListAsync();
        var sources = await db.Credentials.Where(c => c.Alignments.Count >= 2).OrderBy(c => c.Id).Select(c => c.Id).Take(60).ToListAsync();
        var search = await SharedAsync();
        Assert.NotEmpty(drafts);

        foreach (var source in sources)
            Assert.DoesNotContain(await search.SimilarAsync(source, 20, CancellationToken.None), h => drafts.Contains(h.CredentialId));
    }

    [Fact]
    public async Task Similar_to_an_unknown_credential_is_empty()
    {
        var search = await SharedAsync();

        Assert.Empty(await search.SimilarAsync(int.MaxValue, 5, CancellationToken.None));
    }

    [Fact]
    public async Task Similar_prefers_an_equal_match_from_another_provider()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        await using var db = SearchDatabaseFixture.Open(database);
        var source = await db.Credentials.AsNoTracking().Include(c => c.Alignments).OrderBy(c => c.Id).Skip(20).FirstAsync();
        var other = await db.Providers.Where(p => p.Id != source.ProviderId).Select(p => p.Id).FirstAsync();
        var sameProvider = Copy(source, source.ProviderId, "twin-same");
        var otherProvider = Copy(source, other, "twin-other");
        db.Credentials.AddRange(sameProvider, otherProvider);
        await db.SaveChangesAsync();
        await search.IndexCredentialsAsync(db, [sameProvider.Id, otherProvider.Id], CancellationToken.None);

        var similar = await search.SimilarAsync(source.Id, 10, CancellationToken.None);

        Assert.Equal(otherProvider.Id, similar[0].CredentialId);
        Assert.Contains(similar, h => h.CredentialId == sameProvider.Id);
    }

    private static Credential Copy(Credential source, int providerId, string externalId) => new()
    {
        ProviderId = providerId,
        Title = source.Title,
        Description = source.Description,
        LearningOutcomes = [.. source.LearningOutcomes],
        Type = source.Type,
        Status = source.Status,
        Languages = [.. source.Languages],
        ExternalId = externalId,
        Alignments = source.Alignments.Select(a => new CredentialAlignment
        {
            CompetencyId = a.CompetencyId,
            Type = a.Type,
            Weight = a.Weight,
            AssertedBy = a.AssertedBy,
            Method = a.Method,
            AssertedAt = a.AssertedAt,
        }).ToList(),
    };
}
