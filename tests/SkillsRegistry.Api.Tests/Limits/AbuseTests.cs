using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>Hostile documents are refused with a 4xx and a clear error, and the server keeps answering normal queries.</summary>
public sealed class AbuseTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string Normal = "{ credentials(first: 2) { totalCount nodes { title } } }";

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string Code(JsonObject body) => body["errors"]![0]!["extensions"]?["code"]?.GetValue<string>() ?? "";

    private static string Message(JsonObject body) => body["errors"]![0]!["message"]!.GetValue<string>();

    [Fact]
    public async Task A_thousand_aliases_are_refused()
    {
        using var http = fixture.Factory.CreateClient();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: __typename")) + " }";

        var (status, body) = await PostAsync(http, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_ALIASES", Code(body));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Normal)).Status);
    }

    [Fact]
    public async Task Circular_fragments_are_refused()
    {
        using var http = fixture.Factory.CreateClient();

        var (status, body) = await PostAsync(http, """
            { credentials(first: 1) { nodes { ...A } } }
            fragment A on Credential { provider { credentials(first: 1) { nodes { ...B } } } }
            fragment B on Credential { ...A }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("within itself", Message(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_tokens_and_too_deep_nesting_are_refused_before_parsing_completes()
    {
        using var http = fixture.Factory.CreateClient();
        var manyTokens = "{ " + string.Join(' ', Enumerable.Repeat("__typename", 6000)) + " }";
        var deep = new StringBuilder().Insert(0, "{ credentials { nodes ", 1).Append(string.Concat(Enumerable.Repeat("{ a ", 400))).Append(new string('}', 402)).ToString();

        var (tokensStatus, tokensBody) = await PostAsync(http, manyTokens);
        var (deepStatus, deepBody) = await PostAsync(http, deep);

        Assert.Equal(HttpStatusCode.BadRequest, tokensStatus);
        Assert.Contains("tokens", Message(tokensBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, deepStatus);
        Assert.Contains("nested", Message(deepBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, Normal)).Status);
    }

    [Fact]
    public async Task Too_many_directives_are_refused()
    {
        using var http = fixture.Factory.CreateClient();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 30).Select(_ => "__typename @include(if: true)")) + " }";

        var (status, body) = await PostAsync(http, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_MANY_DIRECTIVES", Code(body));
    }

    [Fact]
    public async Task At_most_five_errors_are_returned_and_the_rest_are_summarised()
    {
        using var http = fixture.Factory.CreateClient();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 20).Select(i => $"noSuchField{i}")) + " }";

        var (status, body) = await PostAsync(http, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body["errors"]!.AsArray();
        Assert.Equal(6, errors.Count);
        Assert.Equal("TOO_MANY_ERRORS", errors[5]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("15 more", errors[5]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_introspection_errors_do_not_suggest_field_names()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["GraphQL:EnableIntrospection"] = "false";
        await using var closed = new RegistryApiFactory(settings);
        using var closedHttp = closed.CreateClient();
        using var openHttp = fixture.Factory.CreateClient();
        const string Typo = "{ credentail(id: \"x\") { id } }";

        var (_, open) = await PostAsync(openHttp, Typo);
        var (status, body) = await PostAsync(closedHttp, Typo);

        Assert.Contains("Did you mean", Message(open), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("Did you mean", Message(body), StringComparison.Ordinal);
        Assert.DoesNotContain("credential", Message(body).Replace("credentail", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id()
    {
        using var http = fixture.Factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/graphql", new { query = Normal });

        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Correlation-Id").Single()));
    }
}
