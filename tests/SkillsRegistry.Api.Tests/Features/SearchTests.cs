using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary><c>searchCredentials</c>, <c>suggest</c> and <c>similar</c> through HTTP, checked against the database.</summary>
public abstract class SearchTests(ApiFixture fixture)
{
    private const string ComputerProgramming = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";

    private async Task<GraphQLClient> ReadyClientAsync()
    {
        fixture.EnsureAvailable();
        await fixture.WaitForSearchIndexAsync();
        return fixture.Client;
    }

    private RegistryDbContext Db() => fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    [SkippableFact]
    public async Task Search_by_a_skill_name_ranks_hits_from_the_index()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync("""{ searchCredentials(query: "python", first: 5) { totalCount degraded edges { score node { id title } } } }""");
        var result = data["searchCredentials"]!;
        Assert.False(result["degraded"]!.GetValue<bool>());
        Assert.True(result["totalCount"]!.GetValue<int>() > 0);
        var scores = result["edges"]!.AsArray().Select(e => e!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [SkippableFact]
    public async Task Highlights_and_facets_are_computed_when_selected_directly_or_through_fragments()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync("""
            {
              direct: searchCredentials(query: "python", first: 2) { edges { highlights } facets { field } }
              named: searchCredentials(query: "python", first: 2) { ...Hits }
              inline: searchCredentials(query: "python", first: 2) { ... on CredentialSearchConnection { edges { ... on CredentialSearchEdge { highlights } } } }
              none: searchCredentials(query: "python", first: 2) { edges { score } }
            }
            fragment Hits on CredentialSearchConnection { edges { ...Snippets } facets { field } }
            fragment Snippets on CredentialSearchEdge { highlights }
            """);
        foreach (var alias in new[] { "direct", "named", "inline" })
        {
            var edges = data[alias]!["edges"]!.AsArray();
            Assert.NotEmpty(edges);
            Assert.Contains(edges, e => e!["highlights"]!.AsArray().Any(h => h!.GetValue<string>().Contains("<em>", StringComparison.OrdinalIgnoreCase)));
        }
        Assert.NotEmpty(data["direct"]!["facets"]!.AsArray());
        Assert.NotEmpty(data["named"]!["facets"]!.AsArray());
        Assert.NotEmpty(data["none"]!["edges"]!.AsArray());
    }

    [SkippableFact]
    public async Task Type_facet_counts_equal_database_counts_of_published_credentials()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync("""{ searchCredentials(first: 1) { totalCount facets { field values { value count } } } }""");
        await using var db = Db();
        var expected = (await db.Credentials.Where(c => c.Status == CredentialStatus.Published).Select(c => c.Type).ToListAsync())
            .GroupBy(t => t).ToDictionary(g => g.Key.ToString(), g => g.Count());
        var facet = data["searchCredentials"]!["facets"]!.AsArray().Single(f => f!["field"]!.GetValue<string>() == "type")!;
        var actual = facet["values"]!.AsArray().ToDictionary(v => v!["value"]!.GetValue<string>(), v => v!["count"]!.GetValue<int>());
        Assert.Equal(expected.Values.Sum(), data["searchCredentials"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key).Select(a => new KeyValuePair<string, int>(Normalise(a.Key, expected.Keys), a.Value)));
    }

    private static string Normalise(string value, IEnumerable<string> names) =>
        names.FirstOrDefault(n => string.Equals(n, value.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)) ?? value;

    [SkippableFact]
    public async Task Competency_filter_includes_credentials_aligned_to_narrower_skills()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync($$"""{ searchCredentials(first: 100, filter: { competencies: ["{{ComputerProgramming}}"] }) { totalCount nodes { id } } }""");
        await using var db = Db();
        var edges = await db.CompetencyHierarchy.Select(e => new { e.NarrowerId, e.BroaderId }).ToListAsync();
        var below = (await db.Competencies.Where(c => c.Uri == ComputerProgramming).Select(c => c.Id).ToListAsync()).ToHashSet();
        var frontier = new Queue<int>(below);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var edge in edges.Where(e => e.BroaderId == id && below.Add(e.NarrowerId)))
                frontier.Enqueue(edge.NarrowerId);
        }
        var expected = await db.Credentials.Where(c => c.Status == CredentialStatus.Published
            && c.Alignments.Any(a => below.Contains(a.CompetencyId))).CountAsync();
        Assert.True(expected > 0);
        Assert.Equal(expected, data["searchCredentials"]!["totalCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Pages_follow_each_other_without_overlap()
    {
        using var client = await ReadyClientAsync();
        var first = await client.QueryAsync("""{ searchCredentials(query: "data", first: 3) { pageInfo { endCursor hasNextPage } nodes { id } } }""");
        var after = first["searchCredentials"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await client.QueryAsync("query($after: String) { searchCredentials(query: \"data\", first: 3, after: $after) { nodes { id } } }", new { after });
        var ids = first["searchCredentials"]!["nodes"]!.AsArray().Concat(second["searchCredentials"]!["nodes"]!.AsArray()).Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(6, ids.Distinct().Count());
    }

    [SkippableFact]
    public async Task Oversized_query_text_is_a_clear_error_not_a_server_error()
    {
        using var client = await ReadyClientAsync();
        var response = await client.PostAsync("query($q: String) { searchCredentials(query: $q) { totalCount } }", new { q = new string('a', 5000) });
        Assert.Equal("INVALID_SEARCH", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task A_competency_filter_naming_an_unknown_uri_is_a_clear_error_naming_it()
    {
        using var client = await ReadyClientAsync();
        const string typo = "http://data.europa.eu/esco/skill/not-a-skill";
        var response = await client.PostAsync("query($uris: [String!]) { searchCredentials(filter: { competencies: $uris }) { totalCount } }",
            new { uris = new[] { ComputerProgramming, typo } });
        Assert.Equal("INVALID_SEARCH", response.FirstErrorCode);
        Assert.Contains(typo, response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(ComputerProgramming, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Suggest_completes_a_competency_prefix()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync("""{ suggest(text: "pyth", kinds: [COMPETENCY]) { kind label node { id __typename } } }""");
        var suggestions = data["suggest"]!.AsArray();
        Assert.Contains(suggestions, s => s!["label"]!.GetValue<string>().Contains("Python", StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.Equal("Competency", s!["node"]!["__typename"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Similar_credentials_exclude_the_credential_itself()
    {
        using var client = await ReadyClientAsync();
        var data = await client.QueryAsync("""{ credentials(first: 1, where: { status: { eq: PUBLISHED } }) { nodes { id similar(first: 5) { score credential { id } } } } }""");
        var credential = data["credentials"]!["nodes"]![0]!;
        var similar = credential["similar"]!.AsArray();
        Assert.NotEmpty(similar);
        Assert.DoesNotContain(similar, s => s!["credential"]!["id"]!.GetValue<string>() == credential["id"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task A_committed_change_is_searchable_within_seconds()
    {
        using var client = await ReadyClientAsync();
        int id;
        await using (var db = Db())
        {
            var credential = await db.Credentials.AsTracking().OrderBy(c => c.Id).FirstAsync(c => c.Status == CredentialStatus.Published);
            credential.Title = "Quetzalcoatl Orchestration Fundamentals";
            await db.SaveChangesAsync();
            id = credential.Id;
        }
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var data = await client.QueryAsync("""{ searchCredentials(query: "quetzalcoatl") { nodes { id } } }""");
            if (data["searchCredentials"]!["nodes"]!.AsArray().Any(n => Ids.Decode(n!["id"]!.GetValue<string>()) == id))
                break;
            Assert.True(DateTime.UtcNow < deadline, "the change did not reach the index within 10 s");
            await Task.Delay(100);
        }
    }
}

public sealed class SqliteSearchTests(SqliteApiFixture fixture) : SearchTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresSearchTests(PostgresApiFixture fixture) : SearchTests(fixture), IClassFixture<PostgresApiFixture>;
