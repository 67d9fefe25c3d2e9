using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    private static readonly CredentialSearchFilter _facetFilter = new()
    {
        Statuses = [CredentialStatus.Published],
        MaxEqfLevel = 6,
    };

    [Fact]
    public async Task Facet_counts_equal_database_counts_over_the_same_filter()
    {
        await using var db = Fixture.OpenSeeded();
        var matching = db.Credentials.Where(c => c.Status == CredentialStatus.Published && c.EqfLevel <= 6);
        var ids = await matching.Select(c => c.Id).ToListAsync();

        var result = await SearchAsync(Request(filter: _facetFilter, take: 0, facets: true));

        Assert.Equal(ids.Count, result.TotalCount);
        AssertFacet(result, "type", await matching.GroupBy(c => c.Type).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count));
        AssertFacet(result, "deliveryMode", await matching.Where(c => c.DeliveryMode != null).GroupBy(c => c.DeliveryMode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value.ToString(), g => g.Count));
        AssertFacet(result, "country", await matching.GroupBy(c => c.Provider.Country).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count));
        AssertFacet(result, "eqfLevel", await matching.GroupBy(c => c.EqfLevel).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count));
        AssertFacet(result, "provider", await matching.GroupBy(c => c.ProviderId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count));
        var languages = (await matching.Select(c => c.Languages).ToListAsync()).SelectMany(l => l).GroupBy(l => l);
        AssertFacet(result, "language", languages.ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task The_competency_facet_holds_the_ten_most_aligned_competencies_with_labels()
    {
        await using var db = Fixture.OpenSeeded();
        var counts = (await db.Alignments
                .Where(a => a.Credential.Status == CredentialStatus.Published && a.Credential.EqfLevel <= 6)
                .Select(a => new { a.CredentialId, a.Competency.Uri, a.Competency.PreferredLabel }).ToListAsync())
            .GroupBy(a => a.Uri)
            .ToDictionary(g => g.Key, g => (Count: g.Select(a => a.CredentialId).Distinct().Count(), Label: g.First().PreferredLabel));

        var result = await SearchAsync(Request(filter: _facetFilter, take: 0, facets: true));

        var facet = Assert.Single(result.Facets, f => f.Field == "competency");
        Assert.Equal(10, facet.Values.Count);
        Assert.All(facet.Values, v => Assert.Equal((counts[v.Value].Count, counts[v.Value].Label), (v.Count, v.Label)));
        Assert.Equal(counts.Values.Select(c => c.Count).OrderDescending().Take(10), facet.Values.Select(v => v.Count));
    }

    [Fact]
    public async Task A_provider_renamed_while_some_of_its_credentials_are_reindexed_counts_once()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        await using var db = SearchDatabaseFixture.Open(database);
        var provider = await db.Providers.Where(p => db.Credentials.Count(c => c.ProviderId == p.Id && c.Status == Model.CredentialStatus.Published) >= 2)
            .OrderBy(p => p.Id).FirstAsync();
        var published = await db.Credentials.Where(c => c.ProviderId == provider.Id && c.Status == Model.CredentialStatus.Published)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var oldName = provider.Name;
        provider.Name = "Renamed Institute of Facet Counting";
        await db.SaveChangesAsync();

        // Only one credential is reindexed: the index now holds the old and the new name for the same provider.
        await search.IndexCredentialsAsync(db, [published[0]], CancellationToken.None);
        var key = provider.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var filter = new CredentialSearchFilter { ProviderIds = [provider.Id] };
        var result = await search.SearchAsync(Request(filter: filter, take: 0, facets: true), CancellationToken.None);
        var facet = Assert.Single(result.Facets, f => f.Field == "provider");

        // Which of the two names labels it depends on segment order; that it is one value with every credential does not.
        var value = Assert.Single(facet.Values);
        Assert.True(result.TotalCount >= published.Count);
        Assert.Equal((key, result.TotalCount), (value.Value, value.Count));
        Assert.Contains(value.Label, new[] { oldName, provider.Name });
    }

    [Fact]
    public async Task Provider_facet_values_are_labelled_with_the_provider_name()
    {
        await using var db = Fixture.OpenSeeded();
        var names = await db.Providers.ToDictionaryAsync(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Name);

        var result = await SearchAsync(Request("python", take: 0, facets: true));

        var facet = Assert.Single(result.Facets, f => f.Field == "provider");
        Assert.NotEmpty(facet.Values);
        Assert.All(facet.Values, v => Assert.Equal(names[v.Value], v.Label));
        Assert.Equal(result.TotalCount, facet.Values.Sum(v => v.Count));
    }

    private static void AssertFacet(CredentialSearchResult result, string field, Dictionary<string, int> expected)
    {
        var facet = Assert.Single(result.Facets, f => f.Field == field);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            facet.Values.ToDictionary(v => v.Value, v => v.Count).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.True(facet.Values.Zip(facet.Values.Skip(1)).All(p => p.First.Count >= p.Second.Count), $"{field} is not ordered by count");
    }
}
