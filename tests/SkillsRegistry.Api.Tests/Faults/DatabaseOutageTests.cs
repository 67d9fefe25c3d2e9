using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Tests.Faults;

/// <summary>
/// PostgreSQL reached through a <see cref="TcpForwarder"/> that can drop every connection and refuse new ones: while the
/// database is unreachable the API says so (503, DATABASE_UNAVAILABLE, Retry-After; /readyz 503, /healthz 200), and it
/// recovers by itself once the database is back; start-up waits for the database for a bounded time.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const string CredentialsQuery = "{ credentials(first: 3) { totalCount nodes { title } } }";
    private static readonly TimeSpan _deadline = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task An_outage_at_runtime_answers_503_database_unavailable_and_the_server_recovers_by_itself()
    {
        var settings = await DatabaseTemplates.PostgresCopyAsync();
        await using var forwarder = Forward(settings);
        await using var factory = new RegistryApiFactory(settings);
        using var http = factory.CreateClient();
        var key = await IssueAdminKeyAsync(factory);

        var before = await PostAsync(http, CredentialsQuery);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.True(before.Body["data"]!["credentials"]!["totalCount"]!.GetValue<int>() > 0, before.ToString());
        Assert.True(forwarder.Accepted > 0, "The API did not connect through the forwarder.");

        forwarder.Cut();

        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var down = await PostAsync(http, CredentialsQuery, accept);
            AssertDatabaseUnavailable(down);
        }
        // With a key, the key lookup is the first thing that needs the database: answered the same way.
        AssertDatabaseUnavailable(await PostAsync(http, RegisterDocument("during the outage"), key: key));
        AssertDatabaseUnavailable(await PostBatchAsync(http, [CredentialsQuery, CredentialsQuery], key));
        var (readyStatus, ready) = await GetJsonAsync(http, "/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.StartsWith("Database not reachable", ready["checks"]!["database"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        using (var alive = await http.GetAsync(new Uri("/healthz", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);

        forwarder.Resume();

        var back = await PollAsync(() => PostAsync(http, CredentialsQuery), r => r.Status == HttpStatusCode.OK && r.Body["errors"] is null);
        Assert.Equal(before.Body["data"]!.ToJsonString(), back.Body["data"]!.ToJsonString());
        await PollAsync(() => GetJsonAsync(http, "/readyz"), r => r.Status == HttpStatusCode.OK);
        // No stale pooled connection is left to fail a later request.
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(http, CredentialsQuery)).Status);
        var registered = await PostAsync(http, RegisterDocument("after recovery"), key: key);
        Assert.True(registered.Status == HttpStatusCode.OK && registered.Body["errors"] is null, registered.ToString());
        Assert.StartsWith("sha256:", registered.Body["data"]!["registerPersistedDocument"]!["document"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Start_up_waits_for_an_unreachable_database_then_migrates_and_serves()
    {
        PostgresServer.Shared.EnsureAvailable();
        // A database that does not exist yet: start-up must create and migrate it once it can connect.
        var settings = PostgresSettings("registry_late_" + Guid.NewGuid().ToString("N")[..8]);
        settings["Database:StartupRetrySeconds"] = "120";
        await using var forwarder = Forward(settings, listening: false);
        var logs = new LogCollector();
        await using var app = new RegistryApiFactory(settings);
        await using var factory = app.WithLogs(logs);
        var watch = Stopwatch.StartNew();
        var resume = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            forwarder.Resume();
        });

        using var http = factory.CreateClient();
        await resume;

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), "The server started before the database was reachable.");
        Assert.Contains(logs.Messages, m => m.StartsWith("Database not reachable at ", StringComparison.Ordinal) && m.Contains("(attempt 1)", StringComparison.Ordinal));
        var response = await PostAsync(http, CredentialsQuery);
        Assert.True(response.Status == HttpStatusCode.OK && response.Body["errors"] is null, response.ToString());
        Assert.Equal(0, response.Body["data"]!["credentials"]!["totalCount"]!.GetValue<int>());
        await PollAsync(() => GetJsonAsync(http, "/readyz"), r => r.Status == HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Without_retries_start_up_fails_at_once_with_a_message_naming_the_database()
    {
        PostgresServer.Shared.EnsureAvailable();
        var database = "registry_never_" + Guid.NewGuid().ToString("N")[..8];
        var settings = PostgresSettings(database);
        settings["Database:StartupRetrySeconds"] = "0";
        await using var forwarder = Forward(settings, listening: false);
        await using var factory = new RegistryApiFactory(settings);
        var watch = Stopwatch.StartNew();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient().Dispose());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"Start-up took {watch.Elapsed} to fail.");
        var message = Flatten(error).Select(e => e.Message).FirstOrDefault(m => m.StartsWith("Database not reachable at ", StringComparison.Ordinal));
        Assert.True(message is not null, "No clear start-up error in: " + error);
        Assert.Contains($"{forwarder.Port}", message, StringComparison.Ordinal);
        Assert.Contains(database, message, StringComparison.Ordinal);
        Assert.Contains("Database:StartupRetrySeconds", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_waits_until_the_SQLite_file_can_be_opened()
    {
        // Running as root, permissions do not stop SQLite; a file where its folder should be does.
        var root = DatabaseTemplates.NewTempDirectory();
        var blocked = Path.Combine(root, "data");
        await File.WriteAllTextAsync(blocked, "not a folder");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Registry:DataDirectory"] = root,
            ["ConnectionStrings:Registry"] = $"Data Source={Path.Combine(blocked, "registry.db")}",
            ["Seed:OnStartup"] = "false",
            ["Database:StartupRetrySeconds"] = "120",
        };
        var logs = new LogCollector();
        await using var app = new RegistryApiFactory(settings);
        await using var factory = app.WithLogs(logs);
        var unblock = Task.Run(async () =>
        {
            await PollAsync(() => Task.FromResult(logs.Messages.Count(m => m.StartsWith("Database not reachable at ", StringComparison.Ordinal))), n => n >= 2);
            File.Delete(blocked);
            Directory.CreateDirectory(blocked);
        });

        using var http = factory.CreateClient();
        await unblock;

        Assert.Contains(logs.Messages, m => m.StartsWith($"Database not reachable at {Path.Combine(blocked, "registry.db")}", StringComparison.Ordinal));
        var response = await PostAsync(http, CredentialsQuery);
        Assert.True(response.Status == HttpStatusCode.OK && response.Body["errors"] is null, response.ToString());
    }

    private static void AssertDatabaseUnavailable(Response response)
    {
        Assert.True(response.Status == HttpStatusCode.ServiceUnavailable, response.ToString());
        Assert.True(response.RetryAfter is { TotalSeconds: > 0 }, "No Retry-After: " + response);
        var error = response.Body["errors"]![0]!;
        Assert.Equal("DATABASE_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.Contains("database is unreachable", message, StringComparison.Ordinal);
        Assert.Contains("retry", message, StringComparison.Ordinal);
        Assert.Contains(response.CorrelationId!, message, StringComparison.Ordinal);
    }

    private static async Task<string> IssueAdminKeyAsync(RegistryApiFactory factory)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var issued = ApiKeys.Issue("outage test", ApiKeyRole.Admin, null, "tests", DateTimeOffset.UtcNow);
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync();
        return issued.Secret;
    }

    private static string RegisterDocument(string marker) =>
        $$"""mutation { registerPersistedDocument(input: { document: "query Outage { credentials(first: 1) { totalCount } } # {{marker}} {{Guid.NewGuid():N}}" }) { document { id } errors { message } } }""";

    /// <summary>Points the settings' connection string at a new forwarder to the shared server.</summary>
    private static TcpForwarder Forward(Dictionary<string, string?> settings, bool listening = true)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Registry"]);
        var forwarder = new TcpForwarder(connection.Host!, connection.Port, listening);
        connection.Host = "127.0.0.1";
        connection.Port = forwarder.Port;
        connection.Timeout = 5;
        settings["ConnectionStrings:Registry"] = connection.ConnectionString;
        return forwarder;
    }

    private static Dictionary<string, string?> PostgresSettings(string database) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["Registry:DataDirectory"] = DatabaseTemplates.NewTempDirectory(),
        ["ConnectionStrings:Registry"] = PostgresServer.Shared.ConnectionString(database),
        ["Seed:OnStartup"] = "false",
    };

    private static async Task<Response> PostAsync(HttpClient http, string query, string accept = "application/json", string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Response(response.StatusCode, JsonNode.Parse(body)!.AsObject(), response.Headers.RetryAfter?.Delta,
            response.Headers.TryGetValues("X-Correlation-Id", out var ids) ? ids.Single() : null);
    }

    /// <summary>A keyed batch; a 503 answer is one error object, not a list.</summary>
    private static async Task<Response> PostBatchAsync(HttpClient http, string[] queries, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(queries.Select(query => new { query })),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Response(response.StatusCode, JsonNode.Parse(body) as JsonObject ?? new JsonObject { ["batch"] = body }, response.Headers.RetryAfter?.Delta,
            response.Headers.TryGetValues("X-Correlation-Id", out var ids) ? ids.Single() : null);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        var last = await probe();
        while (!done(last))
        {
            if (deadline.Elapsed > _deadline)
                throw new TimeoutException($"Still not there after {_deadline.TotalSeconds} s; last: {last}");
            await Task.Delay(100);
            last = await probe();
        }
        return last;
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                    yield return inner;
            }
        }
    }

    private sealed record Response(HttpStatusCode Status, JsonObject Body, TimeSpan? RetryAfter, string? CorrelationId)
    {
        public override string ToString() => $"{(int)Status} Retry-After={RetryAfter} {Body.ToJsonString()}";
    }
}
