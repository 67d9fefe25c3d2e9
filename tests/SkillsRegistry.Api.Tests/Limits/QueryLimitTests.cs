using System.Net;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>Depth and complexity limits are on by default; schema-only (introspection) queries are exempt from depth.</summary>
public sealed class QueryLimitTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    // The shape GraphiQL sends: the TypeRef fragment nests ofType seven times (15 levels in all).
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    [Fact]
    public async Task Deeply_nested_query_is_rejected_by_the_depth_limit()
    {
        using var client = fixture.Client;
        var response = await client.PostAsync("""
            { credentials(first: 1) { nodes { provider { credentials(first: 1) { nodes { provider { credentials(first: 1) { nodes { provider { credentials(first: 1) { nodes { provider { name } } } } } } } } } } } } }
            """);
        Assert.Equal("COMPLEXITY", response.FirstErrorCode);
        Assert.Contains("depth", response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task Query_whose_page_sizes_multiply_beyond_the_budget_is_rejected()
    {
        using var client = fixture.Client;
        var response = await client.PostAsync("""
            { occupations(first: 100) { nodes { requirements(first: 100) { nodes { competency { alignments(first: 100) { nodes { weight } } } } } } } }
            """);
        Assert.Equal("COMPLEXITY", response.FirstErrorCode);
        Assert.Contains("too complex", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphiQL_introspection_query_passes_despite_its_depth()
    {
        using var client = fixture.Client;
        var response = await client.PostAsync(IntrospectionQuery);
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Body["errors"]);
        Assert.Equal("Query", response.Body["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_mixed_with_data_fields_gets_no_exemption()
    {
        using var client = fixture.Client;
        var response = await client.PostAsync("""
            { __typename credentials { nodes { alignments { competency { broader { narrower { broader { narrower { broader { narrower { broader { preferredLabel } } } } } } } } } } } }
            """);
        Assert.Equal("COMPLEXITY", response.FirstErrorCode);
    }
}
