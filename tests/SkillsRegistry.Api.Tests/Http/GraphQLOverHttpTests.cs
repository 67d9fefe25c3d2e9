using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP spec, one behaviour per test: status codes, media types, GET and POST.</summary>
public sealed class GraphQLOverHttpTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string TypenameQuery = "{\"query\":\"{ __typename }\"}";

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return await fixture.Factory.CreateClient().SendAsync(request);
    }

    private async Task<HttpResponseMessage> GetAsync(string queryString, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return await fixture.Factory.CreateClient().SendAsync(request);
    }

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    [Fact]
    public async Task Post_with_json_accept_returns_200_application_json()
    {
        using var response = await PostAsync(TypenameQuery, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", (await BodyAsync(response))["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_accepting_graphql_response_json_gets_that_media_type()
    {
        using var response = await PostAsync(TypenameQuery, accept: GraphQLResponse + ", application/json;q=0.9");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_without_accept_header_is_answered_as_application_json()
    {
        using var response = await PostAsync(TypenameQuery);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unacceptable_accept_header_gets_406()
    {
        using var response = await PostAsync(TypenameQuery, accept: "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_with_other_content_type_gets_415()
    {
        using var response = await PostAsync("{ __typename }", contentType: "application/graphql");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_body_gets_400_with_an_error()
    {
        using var response = await PostAsync("{\"query\": ");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await BodyAsync(response))["errors"]);
    }

    [Fact]
    public async Task Batched_array_body_from_an_anonymous_caller_gets_400()
    {
        using var response = await PostAsync("[" + TypenameQuery + "]");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only from callers with an API key", (await BodyAsync(response))["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_without_query_gets_400()
    {
        using var response = await PostAsync("{\"variables\": {}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Syntax_error_is_400_with_graphql_response_json()
    {
        using var response = await PostAsync("{\"query\":\"{ credentials(\"}", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Null(body["data"]);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Syntax_error_is_200_with_application_json()
    {
        using var response = await PostAsync("{\"query\":\"{ credentials(\"}", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await BodyAsync(response))["errors"]);
    }

    [Fact]
    public async Task Validation_error_is_400_with_graphql_response_json()
    {
        using var response = await PostAsync("{\"query\":\"{ noSuchField }\"}", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Field_error_after_execution_started_is_200_with_graphql_response_json()
    {
        using var response = await PostAsync("{\"query\":\"{ credentials(after: \\\"garbage\\\") { totalCount } }\"}", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.True(body.ContainsKey("data"));
        Assert.Equal("INVALID_CURSOR", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_query_is_executed()
    {
        using var response = await GetAsync("query=" + Uri.EscapeDataString("{ __typename }"), accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await BodyAsync(response))["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_with_variables_passes_them()
    {
        var query = Uri.EscapeDataString("query($n: Int) { credentials(first: $n) { pageInfo { hasPreviousPage } } }");
        using var response = await GetAsync($"query={query}&variables={Uri.EscapeDataString("{\"n\":1}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await BodyAsync(response))["errors"]);
    }

    [Fact]
    public async Task Get_with_malformed_variables_gets_400()
    {
        using var response = await GetAsync("query=" + Uri.EscapeDataString("{ __typename }") + "&variables=%7Bnope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Mutation_over_get_gets_405_allowing_post()
    {
        using var response = await GetAsync("query=" + Uri.EscapeDataString("mutation { anything }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_get_405_allowing_get_and_post()
    {
        using var response = await fixture.Factory.CreateClient().PutAsync(new Uri("/graphql", UriKind.Relative), new StringContent(TypenameQuery));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()));
    }

    [Fact]
    public async Task Oversized_body_gets_413()
    {
        var padding = new string(' ', 300 * 1024);
        using var response = await PostAsync("{\"query\":\"{ __typename }" + padding + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // The server does not read the rest of a body it refused: it closes the connection.
        Assert.True(response.Headers.ConnectionClose, response.Headers.ToString());
    }
}
