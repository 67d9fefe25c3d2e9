using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>Batching (a JSON array of requests) is off for anonymous callers and bounded for callers with a key.</summary>
public sealed class RequestBatchTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<HttpClient> PublisherAsync()
    {
        var http = fixture.Factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.IssueKeyAsync(ApiKeyRole.Publisher, 1));
        return http;
    }

    [Fact]
    public async Task A_publisher_batch_answers_every_request_in_order_with_its_own_errors()
    {
        using var http = await PublisherAsync();
        const string batch = """
            [
              { "query": "query One { credentials(first: 1) { totalCount } }" },
              { "query": "{ credentials(" },
              { "documentId": "sha256:0000000000000000000000000000000000000000000000000000000000000000" },
              { "query": "query Two($n: Int) { providers(first: $n) { nodes { name } } }", "variables": { "n": 2 } }
            ]
            """;

        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), Json(batch));
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, items.Count);
        Assert.True(items[0]!["data"]!["credentials"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Null(items[1]!["data"]);
        Assert.NotNull(items[1]!["errors"]);
        Assert.Contains("No persisted document", items[2]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, items[3]!["data"]!["providers"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_batch_larger_than_the_bound_or_empty_or_with_a_non_object_is_refused_whole()
    {
        using var http = await PublisherAsync();
        var eleven = "[" + string.Join(",", Enumerable.Repeat("""{ "query": "{ __typename }" }""", 11)) + "]";

        using var tooLarge = await http.PostAsync(new Uri("/graphql", UriKind.Relative), Json(eleven));
        using var empty = await http.PostAsync(new Uri("/graphql", UriKind.Relative), Json("[]"));
        using var notObject = await http.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""[{ "query": "{ __typename }" }, 42]"""));
        using var noQuery = await http.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""[{ "query": "{ __typename }" }, {}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Contains("at most 10", await tooLarge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notObject.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.Contains("Batch item 1", await noQuery.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
