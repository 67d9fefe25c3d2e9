using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Bench;

/// <summary>
/// Normal traffic for the soak and abuse suites, against an API seeded with the demonstration catalogue: a mix of
/// reads (search with facets, a page of credentials, a credential by id, skillGap, suggest) and a publisher's write
/// cycle (create a draft, update it with expectedVersion, publish it).
/// </summary>
internal sealed class Traffic
{
    public static readonly string[] ReadKinds = ["search", "list", "lookup", "skillGap", "suggest"];
    private static readonly string[] _words = ["data", "python", "welding", "nursing", "project management", "marketing", "cloud", "care", "accounting", "safety"];
    private static readonly string[] _regions = ["DE", "FR", "NL", "ES", "PL", "IE", "AT", "BE"];

    private readonly List<string> _credentialIds;
    private readonly List<string> _occupationIds;
    private readonly string _competencyUri;

    private Traffic(List<string> credentialIds, List<string> occupationIds, string competencyUri)
    {
        _credentialIds = credentialIds;
        _occupationIds = occupationIds;
        _competencyUri = competencyUri;
    }

    /// <summary>Ids to read and a competency to align new credentials to, taken from the running API.</summary>
    public static async Task<Traffic> DiscoverAsync(HttpClient http)
    {
        var data = await PostDataAsync(http, """
            { credentials(first: 100) { nodes { id alignments { competency { uri } } } }
              occupations(first: 100) { nodes { id } } }
            """, null, CancellationToken.None);
        var credentials = data["credentials"]!["nodes"]!.AsArray();
        var uri = credentials.SelectMany(c => c!["alignments"]!.AsArray()).Select(a => a!["competency"]!["uri"]!.GetValue<string>()).First();
        var occupations = new List<string>();
        foreach (var id in data["occupations"]!["nodes"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()))
        {
            var gap = await PostDataAsync(http, "query($o:ID!){skillGap(target:{occupation:$o}){requiredCount}}", new { o = id }, CancellationToken.None);
            if (gap["skillGap"]!["requiredCount"]!.GetValue<int>() > 0)
                occupations.Add(id);
        }
        return new Traffic(credentials.Select(c => c!["id"]!.GetValue<string>()).ToList(), occupations, uri);
    }

    /// <summary>The i-th read of the mix (kinds in turn): its kind and its request body.</summary>
    public (string Kind, string Body) Read(int i)
    {
        var kind = ReadKinds[i % ReadKinds.Length];
        var n = i / ReadKinds.Length;
        var body = kind switch
        {
            "search" => Body("query($q:String,$r:[String!]){searchCredentials(query:$q,filter:{countries:$r},first:20){totalCount edges{score node{id title provider{name}}} facets{field values{value count}}}}",
                new { q = _words[n % _words.Length], r = new[] { _regions[n % _regions.Length] } }),
            "list" => Body("query($n:Int){credentials(first:$n){totalCount nodes{id title costAmount provider{name} alignments{competency{preferredLabel}}}}}", new { n = 20 }),
            "lookup" => Body("query($id:ID!){node(id:$id){... on Credential{id title version learningOutcomes provider{name} alignments{type competency{uri preferredLabel}}}}}",
                new { id = _credentialIds[n % _credentialIds.Count] }),
            "skillGap" => Body("query($o:ID!,$r:String!){skillGap(target:{occupation:$o},supply:{regions:[$r]}){coveragePercent priority requirements{covered credentialCount competency{preferredLabel}}}}",
                new { o = _occupationIds[n % _occupationIds.Count], r = _regions[n % _regions.Length] }),
            _ => Body("query($t:String!){suggest(text:$t,first:10){label kind}}", new { t = _words[n % _words.Length][..3] }),
        };
        return (kind, body);
    }

    /// <summary>Create (draft) → update with expectedVersion → publish; returns the global id and the final version.</summary>
    public async Task<(string Id, int Version)> WriteCycleAsync(HttpClient publisher, int i, CancellationToken ct)
    {
        var created = (await PostDataAsync(publisher, """
            mutation($input: CreateCredentialInput!) { createCredential(input: $input) { credential { id version } errors { __typename message } } }
            """, new
        {
            input = new
            {
                title = $"Soak credential {i}",
                type = "MICRO_CREDENTIAL",
                status = "DRAFT",
                learningOutcomes = new[] { "Applies the skill in a workplace project" },
                hours = 40,
                assessmentType = "PROJECT",
                deliveryMode = "ONLINE",
                qualityAssuranceType = "Internal review",
                languages = new[] { "en" },
                regions = new[] { _regions[i % _regions.Length] },
                costAmount = 100 + (i % 900),
                costCurrency = "EUR",
                alignments = new[] { new { competencyUri = _competencyUri } },
            },
        }, ct))["createCredential"]!;
        ThrowOnUserErrors(created);
        var id = created["credential"]!["id"]!.GetValue<string>();
        var updated = (await PostDataAsync(publisher, """
            mutation($input: UpdateCredentialInput!) { updateCredential(input: $input) { credential { version } errors { __typename message } } }
            """, new { input = new { id, expectedVersion = created["credential"]!["version"]!.GetValue<int>(), costAmount = 99 } }, ct))["updateCredential"]!;
        ThrowOnUserErrors(updated);
        var published = (await PostDataAsync(publisher, """
            mutation($input: CredentialStatusInput!) { publishCredential(input: $input) { credential { version } errors { __typename message } } }
            """, new { input = new { id } }, ct))["publishCredential"]!;
        ThrowOnUserErrors(published);
        return (id, published["credential"]!["version"]!.GetValue<int>());
    }

    /// <summary>Versions of the given credentials as the API reports them now (null = not found).</summary>
    public static async Task<Dictionary<string, int?>> VersionsAsync(HttpClient http, IReadOnlyCollection<string> ids)
    {
        var versions = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(50))
        {
            var data = await PostDataAsync(http, "query($ids:[ID!]!){nodes(ids:$ids){... on Credential{id version}}}", new { ids = chunk }, CancellationToken.None);
            var nodes = data["nodes"]!.AsArray();
            for (var k = 0; k < chunk.Length; k++)
                versions[chunk[k]] = nodes[k]?["version"]?.GetValue<int>();
        }
        return versions;
    }

    /// <summary>A publisher key for the first provider, written straight into the API's SQLite database.</summary>
    public static async Task<string> IssuePublisherKeyAsync(string dataDir, string name)
    {
        await using var db = BenchData.Open(BenchData.ConnectionString(dataDir), tracking: true);
        var provider = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var issued = ApiKeys.Issue(name, ApiKeyRole.Publisher, provider, "bench", DateTimeOffset.UtcNow);
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync();
        return issued.Secret;
    }

    public static HttpClient ClientWithKey(Uri baseAddress, string? key)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    public static string Body(string query, object? variables) =>
        JsonSerializer.Serialize(new { query, variables });

    /// <summary>POST /graphql; anything but 200 with data and no errors is an exception.</summary>
    public static async Task<JsonObject> PostDataAsync(HttpClient http, string query, object? variables, CancellationToken ct) =>
        await PostBodyAsync(http, Body(query, variables), ct);

    public static async Task<JsonObject> PostBodyAsync(HttpClient http, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\":[", StringComparison.Ordinal) && !text.Contains("\"data\":{", StringComparison.Ordinal))
            throw new HttpRequestException($"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        var json = JsonNode.Parse(text)!.AsObject();
        if (json["errors"] is JsonArray { Count: > 0 } errors)
            throw new HttpRequestException($"GraphQL errors: {errors.ToJsonString()[..Math.Min(300, errors.ToJsonString().Length)]}");
        return json["data"]!.AsObject();
    }

    private static void ThrowOnUserErrors(JsonNode payload)
    {
        if (payload["errors"] is JsonArray { Count: > 0 } errors)
            throw new InvalidOperationException("User errors: " + errors.ToJsonString());
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static async Task<double> TimeAsync(Func<Task> action)
    {
        var t = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }
}
