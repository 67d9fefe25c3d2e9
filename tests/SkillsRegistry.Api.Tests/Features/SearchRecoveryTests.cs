using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary>The database is the source of truth: the index recovers from crashes and corruption, and search degrades instead of failing.</summary>
public sealed class SearchRecoveryTests
{
    private const string Search = """{ searchCredentials(query: "zanzibar") { totalCount degraded nodes { id } } }""";

    private static async Task<int> RenameFirstPublishedAsync(RegistryApiFactory factory, string title)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var credential = await db.Credentials.AsTracking().OrderBy(c => c.Id).FirstAsync(c => c.Status == CredentialStatus.Published);
        credential.Title = title;
        await db.SaveChangesAsync();
        return credential.Id;
    }

    [Fact]
    public async Task A_change_committed_before_a_crash_is_indexed_after_restart()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["Search:IndexingEnabled"] = "false"; // the process "dies" before its worker applies the change
        int id;
        await using (var crashed = new RegistryApiFactory(settings))
        {
            crashed.CreateClient().Dispose();
            id = await RenameFirstPublishedAsync(crashed, "Zanzibar Data Pipelines");
        }

        settings["Search:IndexingEnabled"] = "true";
        await using var restarted = new RegistryApiFactory(settings);
        await SearchReadiness.WaitAsync(restarted);
        using var client = new GraphQLClient(restarted.CreateClient());
        var data = await client.QueryAsync(Search);
        Assert.Equal([id], data["searchCredentials"]!["nodes"]!.AsArray().Select(n => Ids.Decode(n!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_on_start()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        await using (var first = new RegistryApiFactory(settings))
        {
            await SearchReadiness.WaitAsync(first);
            await RenameFirstPublishedAsync(first, "Zanzibar Data Pipelines");
            await Task.Delay(1500);
        }
        var index = Path.Combine(settings["Registry:DataDirectory"]!, "search");
        foreach (var file in Directory.GetFiles(index, "*", SearchOption.AllDirectories))
            await File.WriteAllBytesAsync(file, new byte[64]);

        await using var restarted = new RegistryApiFactory(settings);
        await SearchReadiness.WaitAsync(restarted);
        using var client = new GraphQLClient(restarted.CreateClient());
        var data = await client.QueryAsync(Search);
        Assert.False(data["searchCredentials"]!["degraded"]!.GetValue<bool>());
        Assert.Equal(1, data["searchCredentials"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("zeroed")]
    [InlineData("truncated")]
    public async Task An_index_broken_while_serving_keeps_answering_and_is_rebuilt_from_the_database(string damage)
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        settings["Search:IndexCheckSeconds"] = "1";
        await using var factory = new RegistryApiFactory(settings);
        await SearchReadiness.WaitAsync(factory);
        using var client = new GraphQLClient(factory.CreateClient());
        var index = Path.Combine(settings["Registry:DataDirectory"]!, "search");
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var answers = 0;
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.PostAsync(Broad);
                if (response.Status != HttpStatusCode.OK || response.Body["errors"] is not null || response.Body["data"]?["searchCredentials"] is null)
                    failures.Enqueue(response.ToString());
                Interlocked.Increment(ref answers);
            }
        });
        Assert.True(await EventuallyAsync(() => Task.FromResult(Volatile.Read(ref answers) >= 3), TimeSpan.FromSeconds(30)));

        Damage(index, damage);
        var id = await RenameFirstPublishedAsync(factory, "Zanzibar Data Pipelines");
        var answeredWhenBroken = Volatile.Read(ref answers);

        var recovered = await EventuallyAsync(async () =>
        {
            var search = (await client.QueryAsync(Search))["searchCredentials"]!;
            return !search["degraded"]!.GetValue<bool>()
                && search["nodes"]!.AsArray().Select(n => Ids.Decode(n!["id"]!.GetValue<string>())).SequenceEqual([id])
                && await SearchCheckAsync(client) == "Healthy";
        }, TimeSpan.FromSeconds(90));
        await stop.CancelAsync();
        await load;

        Assert.True(recovered, $"not recovered: readyz search check {await SearchCheckAsync(client)}");
        Assert.Empty(failures);
        Assert.True(answers > answeredWhenBroken, "searches stopped answering while the index was broken");
    }

    private const string Broad = """{ searchCredentials(query: "data", first: 5) { totalCount degraded facets { field } nodes { id title } } suggest(text: "pyth") { label } }""";

    private static void Damage(string index, string damage)
    {
        if (damage == "deleted")
        {
            Directory.Delete(index, recursive: true);
            return;
        }
        foreach (var file in Directory.GetFiles(index).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            try
            {
                File.WriteAllBytes(file, new byte[damage == "truncated" ? 16 : new FileInfo(file).Length]);
            }
            catch (FileNotFoundException)
            {
                // Merged away by the writer meanwhile.
            }
        }
    }

    private static async Task<string?> SearchCheckAsync(GraphQLClient client)
    {
        using var response = await client.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())?["checks"]?["search"]?["status"]?.GetValue<string>();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
                return true;
            await Task.Delay(100);
        }
        return await condition();
    }

    [Fact]
    public async Task An_unusable_index_location_degrades_to_database_search()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        var blocker = Path.Combine(settings["Registry:DataDirectory"]!, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the index folder should be");
        settings["Search:IndexDirectory"] = Path.Combine(blocker, "search");
        await using var factory = new RegistryApiFactory(settings);
        await RenameFirstPublishedAsync(factory, "Zanzibar Data Pipelines");
        using var client = new GraphQLClient(factory.CreateClient());

        var response = await client.PostAsync(Search);

        Assert.Null(response.Body["errors"]);
        Assert.True(response.Body["extensions"]!["degraded"]!.GetValue<bool>());
        Assert.True(response.Body["data"]!["searchCredentials"]!["degraded"]!.GetValue<bool>());
        Assert.Equal(1, response.Body["data"]!["searchCredentials"]!["totalCount"]!.GetValue<int>());
    }
}
