using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Tests.Import;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>
/// Migrates and seeds (all of seed-data/) one SQLite database per test class, and builds one shared index from it on
/// first use with the backend the test class names. Tests that write get their own copy of the database.
/// </summary>
public sealed class SearchDatabaseFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ICredentialSearch? _shared;

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("search-tests-").FullName;

    public string DatabasePath => Path.Combine(Directory, "seeded.db");

    /// <summary>How long the shared index took to rebuild, and how many credentials it indexed.</summary>
    public (TimeSpan Elapsed, int Credentials) SharedRebuild { get; private set; }

    public async Task InitializeAsync()
    {
        await using var db = Open(DatabasePath);
        await db.Database.MigrateAsync();
        await SeedData.ImportAsync(db, Path.Combine(RepositoryPaths.Root, "seed-data"), null, null, CancellationToken.None);
    }

    public static RegistryDbContext Open(string path) =>
        new SqliteRegistryDbContext(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False").Options);

    public RegistryDbContext OpenSeeded() => Open(DatabasePath);

    /// <summary>A private copy of the seeded database; returns its path.</summary>
    public string NewDatabase()
    {
        var path = Path.Combine(Directory, $"{Guid.NewGuid():N}.db");
        File.Copy(DatabasePath, path);
        return path;
    }

    public string NewIndexDirectory() => Path.Combine(Directory, $"index-{Guid.NewGuid():N}");

    /// <summary>The read-only index shared by the tests of a class, rebuilt from the seeded database once.</summary>
    public async Task<ICredentialSearch> SharedSearchAsync(Func<string, ICredentialSearch> create)
    {
        await _gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var search = create(NewIndexDirectory());
                await using var db = OpenSeeded();
                var clock = Stopwatch.StartNew();
                await search.RebuildAsync(db, null, CancellationToken.None);
                SharedRebuild = (clock.Elapsed, await db.Credentials.CountAsync());
                _shared = search;
            }
            return _shared;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task DisposeAsync()
    {
        _shared?.Dispose();
        _gate.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
