using System.Text.Json;
using SkillsRegistry.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary>Lookups by id, URI and code; Relay node fetching; a representative response kept as a snapshot.</summary>
public abstract class LookupAndNodeTests(ApiFixture fixture)
{
    private const string SoftwareDevelopers = "15-1252.00";

    [SkippableFact]
    public async Task Occupation_by_onet_code_has_requirements_and_demand()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync($$"""{ occupation(code: "{{SoftwareDevelopers}}") { preferredLabel socCode demand { region annualOpenings } requirements(first: 5) { totalCount } } }""");
        var occupation = data["occupation"]!;
        Assert.Equal("Software Developers", occupation["preferredLabel"]!.GetValue<string>());
        Assert.Equal("US", occupation["demand"]![0]!["region"]!.GetValue<string>());
        Assert.True(occupation["requirements"]!["totalCount"]!.GetValue<int>() > 50);
    }

    [SkippableFact]
    public async Task Every_node_type_round_trips_through_node_and_nodes()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            { credentials(first: 1) { nodes { id provider { id } alignments { competency { id framework { id } requiredBy(first: 1) { nodes { occupation { id } } } } } } } }
            """);
        var credential = data["credentials"]!["nodes"]![0]!;
        var competency = credential["alignments"]![0]!["competency"]!;
        string[] ids =
        [
            credential["id"]!.GetValue<string>(),
            credential["provider"]!["id"]!.GetValue<string>(),
            competency["id"]!.GetValue<string>(),
            competency["framework"]!["id"]!.GetValue<string>(),
            competency["requiredBy"]!["nodes"]![0]!["occupation"]!["id"]!.GetValue<string>(),
        ];
        var nodes = await client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids });
        Assert.Equal(ids, nodes["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(["Credential", "Provider", "Competency", "CompetencyFramework", "Occupation"],
            nodes["nodes"]!.AsArray().Select(n => n!["__typename"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Unknown_and_malformed_ids_resolve_to_null()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } c: credential(id: $a) { id } }",
            new { a = Ids.Encode("Credential", 999_999), b = "not-a-global-id!" });
        Assert.Null(data["a"]);
        Assert.Null(data["b"]);
        Assert.Null(data["c"]);
    }

    [SkippableFact]
    public async Task Competency_by_uri_and_label_filter_over_alternative_labels()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            { competencies(first: 100, where: { label: { contains: "python" } }) { nodes { uri preferredLabel alternativeLabels } } }
            """);
        var nodes = data["competencies"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.True(
            n!["preferredLabel"]!.GetValue<string>().Contains("python", StringComparison.OrdinalIgnoreCase)
            || n["alternativeLabels"]!.AsArray().Any(l => l!.GetValue<string>().Contains("python", StringComparison.OrdinalIgnoreCase))));
        var uri = nodes[0]!["uri"]!.GetValue<string>();
        var byUri = await client.QueryAsync("query($uri: String) { competency(uri: $uri) { uri } }", new { uri });
        Assert.Equal(uri, byUri["competency"]!["uri"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Lookup_with_two_keys_is_rejected()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("""{ occupation(code: "x", uri: "y") { id } }""");
        Assert.Equal("INVALID_LOOKUP", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Occupations_requiring_a_skill_group_through_the_hierarchy()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var group = await client.QueryAsync("""
            { competencies(first: 1, where: { type: { eq: SKILL_GROUP }, preferredLabel: { eq: "software and applications development and analysis" } }) { nodes { uri } } }
            """);
        var uri = group["competencies"]!["nodes"]![0]!["uri"]!.GetValue<string>();
        var data = await client.QueryAsync("""
            query($uri: String!) {
              direct: occupations(where: { requires: { uri: $uri } }) { totalCount }
              below: occupations(where: { requires: { uri: $uri, includeNarrower: true, maxDepth: 2 } }) { totalCount }
            }
            """, new { uri });
        Assert.Equal(0, data["direct"]!["totalCount"]!.GetValue<int>());
        Assert.True(data["below"]!["totalCount"]!.GetValue<int>() > 10);
    }

    [SkippableFact]
    public async Task Representative_credential_page_matches_its_snapshot()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            {
              credentials(first: 3, where: { provider: { name: { eq: "Northbridge Institute of Technology" } }, status: { eq: PUBLISHED } }) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  title type status eqfLevel ectsCredits hours costAmount costCurrency deliveryMode languages regions
                  provider { name country region }
                  partOf { title }
                  alignments { type weight competency { uri preferredLabel type framework { key } } }
                }
              }
            }
            """);
        // One snapshot for every database: the API must answer the same on each. Ids are left out: they are assigned by
        // the database (SQLite's bulk import path inserts unlinked credentials before linked ones).
        Snapshot.Match(data.ToJsonString(new JsonSerializerOptions { WriteIndented = true }),
            new SnapshotFullName("representative-credential-page.json", RepositoryPaths.Under("tests", "SkillsRegistry.Api.Tests", "Features")));
    }
}

public sealed class SqliteLookupAndNodeTests(SqliteApiFixture fixture) : LookupAndNodeTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresLookupAndNodeTests(PostgresApiFixture fixture) : LookupAndNodeTests(fixture), IClassFixture<PostgresApiFixture>;
