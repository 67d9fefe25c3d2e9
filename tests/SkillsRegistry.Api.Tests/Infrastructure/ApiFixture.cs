namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>One running application over its own copy of the seeded database, shared by the tests of a class.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private RegistryApiFactory? _factory;

    public RegistryApiFactory Factory => _factory ?? throw new InvalidOperationException(SkipReason ?? "Fixture not started.");

    /// <summary>Why the database of this fixture is not available (PostgreSQL not installed), or null.</summary>
    public string? SkipReason { get; private set; }

    public GraphQLClient Client => new(Factory.CreateClient());

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
