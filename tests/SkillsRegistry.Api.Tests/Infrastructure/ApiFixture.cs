using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>One running application over its own copy of the seeded database, shared by the tests of a class.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private RegistryApiFactory? _factory;

    public RegistryApiFactory Factory => _factory ?? throw new InvalidOperationException(SkipReason ?? "Fixture not started.");

    /// <summary>Why the database of this fixture is not available (PostgreSQL not installed), or null.</summary>
    public string? SkipReason { get; private set; }

    public GraphQLClient Client => new(Factory.CreateClient());

    /// <summary>A client that sends <c>Authorization: Bearer &lt;key&gt;</c> (none when the key is null).</summary>
    public GraphQLClient ClientWithKey(string? key)
    {
        var http = Factory.CreateClient();
        if (key is not null)
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return new GraphQLClient(http);
    }

    /// <summary>Issues a key straight into the database (as the <c>keys create</c> verb does) and returns its secret.</summary>
    public async Task<string> IssueKeyAsync(ApiKeyRole role, int? providerId, bool revoked = false)
    {
        var contexts = Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var issued = ApiKeys.Issue($"test {role} {providerId}", role, providerId, "tests", DateTimeOffset.UtcNow);
        if (revoked)
            issued.Key.RevokedAt = DateTimeOffset.UtcNow;
        db.ApiKeys.Add(issued.Key);
        await db.SaveChangesAsync();
        return issued.Secret;
    }

    protected abstract Task<Dictionary<string, string?>> DatabaseSettingsAsync();

    public async Task InitializeAsync()
    {
        try
        {
            _factory = new RegistryApiFactory(await DatabaseSettingsAsync());
            _factory.CreateClient().Dispose();
        }
        catch (Xunit.SkipException ex)
        {
            SkipReason = ex.Message;
        }
    }

    /// <summary>Waits until the background indexer has built the search index (readiness reports it healthy).</summary>
    public Task WaitForSearchIndexAsync() => SearchReadiness.WaitAsync(Factory);

    /// <summary>Call first in every test: skips it when the fixture's database is not available.</summary>
    public void EnsureAvailable() => Skip.If(SkipReason is not null, SkipReason);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
    }
}

public sealed class SqliteApiFixture : ApiFixture
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() => DatabaseTemplates.SqliteCopyAsync();
}

public sealed class PostgresApiFixture : ApiFixture
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() => DatabaseTemplates.PostgresCopyAsync();
}
