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
