using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests as a client would and returns status and parsed body.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Posts and asserts there were no errors; returns <c>data</c>.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Body["errors"] is null, "Unexpected errors: " + response.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Body["data"]!.AsObject();
    }

    public void Dispose() => http.Dispose();
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public string? FirstErrorMessage => Body["errors"]?[0]?["message"]?.GetValue<string>();

    public string? FirstErrorCode => Body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
