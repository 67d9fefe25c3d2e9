using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Formats;

namespace SkillsRegistry.Api.Tests.Publishing;

/// <summary>The authenticated bulk upload: provider scope, idempotency by external id, dry runs and the Idempotency-Key header.</summary>
public abstract class ImportUploadTests(ApiFixture fixture) : PublishingTestBase(fixture)
{
    private const string Upload = """
        mutation($input: ImportCredentialsInput!) {
          importCredentials(input: $input) {
            dryRun counts { entity inserted updated unchanged } rejected { location line reason } errors { __typename message }
          }
        }
        """;

    private const string Header = "externalId,provider,title,type,status,hours,languages,regions,learningOutcomes,alignments";

    private static string Csv(string provider, string prefix, string? otherProvider = null) => string.Join('\n',
        Header,
        $"{prefix}-1,{provider},{prefix} upload one,Course,Published,12,en,DE,Writes Python scripts,{PythonUri}",
        $"{prefix}-2,{provider},{prefix} upload two,Badge,Published,6,de,DE-BY,Reads code,{ProgrammingUri}@assesses",
        otherProvider is null ? "" : $"{prefix}-3,{otherProvider},{prefix} not mine,Course,Published,3,en,DE,Something,{PythonUri}") + "\n";

    private async Task<(GraphQLClient Client, string Provider, string Other)> PublisherAsync()
    {
        var (mine, other) = await ProvidersAsync();
        await using var db = await ContextAsync();
        var names = await db.Providers.Where(p => p.Id == mine || p.Id == other).ToDictionaryAsync(p => p.Id, p => p.Name);
        return (Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine)), names[mine], names[other]);
    }

    private async Task<int> CountAsync(string prefix)
    {
        await using var db = await ContextAsync();
        return await db.Credentials.CountAsync(c => c.ExternalId!.StartsWith(prefix));
    }

    private static JsonNode? Counts(JsonObject payload, string entity) =>
        payload["counts"]!.AsArray().SingleOrDefault(c => c!["entity"]!.GetValue<string>() == entity);

    [SkippableFact]
    public async Task An_upload_imports_into_the_callers_provider_and_a_reupload_changes_nothing()
    {
        Fixture.EnsureAvailable();
        var (client, provider, other) = await PublisherAsync();
        using var _ = client;
        var csv = Csv(provider, "upl", otherProvider: other);

        var first = await PayloadAsync(client, Upload, "importCredentials", new { format = "CSV", content = csv });
        var second = await PayloadAsync(client, Upload, "importCredentials", new { format = "CSV", content = csv });

        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal(2, Counts(first, "Credential")!["inserted"]!.GetValue<int>());
        var rejected = Assert.Single(first["rejected"]!.AsArray())!;
        Assert.Equal(4, rejected["line"]!.GetValue<int>());
        Assert.Contains("another provider", rejected["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, Counts(second, "Credential")!["unchanged"]!.GetValue<int>());
        Assert.Equal(2, await CountAsync("upl-"));
        await using var db = await ContextAsync();
        var ids = await db.Credentials.Where(c => c.ExternalId!.StartsWith("upl-")).Select(c => c.Id).ToListAsync();
        Assert.All(await db.Revisions.Where(r => ids.Contains(r.CredentialId)).ToListAsync(), r => Assert.StartsWith("key:", r.Actor, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_dry_run_reports_but_writes_nothing_and_anonymous_uploads_are_refused()
    {
        Fixture.EnsureAvailable();
        var (client, provider, _) = await PublisherAsync();
        using var _client = client;

        var dry = await PayloadAsync(client, Upload, "importCredentials", new { format = "CSV", content = Csv(provider, "dry"), dryRun = true });
        using var anonymous = Fixture.ClientWithKey(null);
        var refused = await PayloadAsync(anonymous, Upload, "importCredentials", new { format = "CSV", content = Csv(provider, "anon") });
        var broken = await PayloadAsync(client, Upload, "importCredentials", new { format = "CSV", content = "title\nno header row we know" });

        Assert.True(dry["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, Counts(dry, "Credential")!["inserted"]!.GetValue<int>());
        Assert.Equal(0, await CountAsync("dry-"));
        Assert.Equal(["NotAuthorizedError"], ErrorTypes(refused));
        Assert.Equal(0, await CountAsync("anon-"));
        Assert.Equal(["ValidationError"], ErrorTypes(broken));
    }

    [SkippableFact]
    public async Task A_retry_with_the_same_idempotency_key_replays_the_answer_instead_of_importing_again()
    {
        Fixture.EnsureAvailable();
        var (client, provider, _) = await PublisherAsync();
        using var _client = client;
        var body = new { query = Upload, variables = new { input = new { format = "CSV", content = Csv(provider, "idem") } } };

        using var first = await SendAsync(client, body, "upload-42");
        await using (var db = await ContextAsync())
        {
            var ids = await db.Credentials.Where(c => c.ExternalId!.StartsWith("idem-")).Select(c => c.Id).ToListAsync();
            var revisions = await db.Revisions.CountAsync(r => ids.Contains(r.CredentialId));
            using var retry = await SendAsync(client, body, "upload-42");
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
            Assert.Equal("true", retry.Headers.GetValues("Idempotency-Replayed").Single());
            Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
            Assert.Equal(revisions, await db.Revisions.CountAsync(r => ids.Contains(r.CredentialId)));
        }
        var changed = new { query = Upload, variables = new { input = new { format = "CSV", content = Csv(provider, "idem2") } } };
        using var misuse = await SendAsync(client, changed, "upload-42");

        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, misuse.StatusCode);
        Assert.Equal(2, await CountAsync("idem-"));
        Assert.Equal(0, await CountAsync("idem2-"));
    }

    [SkippableFact]
    public async Task Mutated_uploads_get_a_report_or_a_validation_error_never_a_server_error()
    {
        Fixture.EnsureAvailable();
        var (client, provider, _) = await PublisherAsync();
        using var _client = client;
        var csv = System.Text.Encoding.UTF8.GetBytes(Csv(provider, "fuzz") + $"fuzz-9,{provider},Too big,Course,Published,99999999999,en,DE,,\n");
        var ctdl = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "tests", "SkillsRegistry.Core.Tests", "Formats", "fixtures", "ctdl-graph.json"));
        var answers = new HashSet<string>(StringComparer.Ordinal);

        for (var seed = 1; seed <= 12; seed++)
        {
            foreach (var (format, content) in new[] { ("CSV", new ImportMutator(seed).MutateCsv(csv)), ("CTDL", new ImportMutator(seed).MutateJson(ctdl)) })
            {
                var body = new { query = Upload, variables = new { input = new { format, content = System.Text.Encoding.UTF8.GetString(content) } } };
                using var response = await client.Http.PostAsJsonAsync("/graphql", body);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True((int)response.StatusCode < 500, $"{format} seed {seed}: {(int)response.StatusCode} {text}");
                var json = JsonNode.Parse(text)!;
                if (json["data"]?["importCredentials"] is not { } payload)
                {
                    // Refused before execution (a very long mutated string makes the body exceed the request size limit).
                    Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge && json["errors"] is not null, $"{format} seed {seed}: {text}");
                    continue;
                }
                answers.Add(payload["errors"]!.AsArray().Count > 0 ? "error" : "report");
            }
        }
        Assert.Equal(["error", "report"], answers.Order());
    }

    private static async Task<HttpResponseMessage> SendAsync(GraphQLClient client, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.Http.SendAsync(request);
    }
}

public sealed class SqliteImportUploadTests(SqliteApiFixture fixture) : ImportUploadTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresImportUploadTests(PostgresApiFixture fixture) : ImportUploadTests(fixture), IClassFixture<PostgresApiFixture>;
