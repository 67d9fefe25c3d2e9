using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Limits;

/// <summary>
/// Generated GraphQL documents and variables — valid queries cut, spliced and sprinkled with noise, and random token
/// soup — never get a 5xx, always get a JSON body, and leave the server answering.
/// </summary>
public sealed class FuzzTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static readonly string[] _seeds =
    [
        "{ credentials(first: 3, where: { title: { contains: \"data\" } }, order: [{ costAmount: DESC }]) { totalCount nodes { id title provider { name } alignments { competency { uri } } } } }",
        "query($q: String!, $n: Int) { searchCredentials(query: $q, first: $n) { totalCount facets { field values { value count } } } }",
        "query($id: ID!) { node(id: $id) { id ... on Credential { title history { totalCount } } } }",
        "{ skillGap(target: { occupation: \"http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1\" }) { coveragePercent } }",
        "query($after: String) { changes(after: $after, first: 5) { pageInfo { endCursor } } }",
        "mutation($input: CreateCredentialInput!) { createCredential(input: $input) { errors { message } } }",
        "{ suggest(text: \"pyth\", kinds: [COMPETENCY]) { label } }",
    ];

    private static readonly string[] _tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "$", "@", "!", "=", "|", "\"", "\"\"\"", "query", "mutation", "fragment", "on", "true", "null",
        "credentials", "first", "-1", "99999999999", "1e400", "\\u0000", "é", "__schema", "__type", "#", ",", "\n", "node", "id", "after",
    ];

    private static readonly Gen<string> _mutated =
        Gen.Select(OneOf(_seeds), Gen.Int[0, 400], Gen.Int[0, 60], OneOf(_tokens), Gen.Int[0, 2])
            .Select((seed, at, cut, token, mode) =>
            {
                var position = Math.Min(at, seed.Length);
                return mode switch
                {
                    0 => seed[..position] + token + seed[position..],
                    1 => seed[..position] + seed[Math.Min(seed.Length, position + cut)..],
                    _ => seed[..position],
                };
            });

    private static readonly Gen<string> _soup = OneOf(_tokens).Array[1, 60].Select(t => string.Join(' ', t));

    private static readonly Gen<Dictionary<string, object?>> _variables = Gen.Select(Gen.String[0, 30], Gen.Int, Gen.String[0, 20], Gen.Bool)
        .Select((text, number, id, empty) => empty ? new Dictionary<string, object?>() : new Dictionary<string, object?>
        {
            ["q"] = text,
            ["n"] = number,
            ["id"] = id,
            ["after"] = text,
            ["input"] = id,
        });

    private static Gen<T> OneOf<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public async Task Generated_documents_and_variables_never_get_a_server_error()
    {
        using var http = fixture.Factory.CreateClient();
        http.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");
        var cases = Gen.Select(Gen.OneOf(_mutated, _soup), _variables).Array[150].Single(_ => true, "0N0XIzNsQ0O2");

        var statuses = new HashSet<int>();
        foreach (var (query, variables) in cases)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
            statuses.Add((int)response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {query}: {body}");
            using var json = JsonDocument.Parse(body);
            Assert.True(json.RootElement.TryGetProperty("data", out _) || json.RootElement.TryGetProperty("errors", out _), body);
        }
        // The generator reaches both executed (200) and refused (400) requests.
        Assert.Contains(200, statuses);
        Assert.Contains(400, statuses);
        using var after = await http.PostAsJsonAsync("/graphql", new { query = "{ credentials(first: 1) { totalCount } }" });
        Assert.True(after.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Malformed_bodies_never_get_a_server_error()
    {
        using var http = fixture.Factory.CreateClient();
        var bodies = Gen.OneOf(
                Gen.String[0, 200],
                OneOf(_seeds).Select(s => JsonSerializer.Serialize(new { query = s })).SelectMany(j => Gen.Int[0, j.Length].Select(i => j[..i])),
                Gen.Byte.Array[0, 200].Select(b => Encoding.Latin1.GetString(b)))
            .Array[120].Single(_ => true, "0N0XIzNsQ0O2");

        foreach (var body in bodies)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body {body}");
        }
    }
}
