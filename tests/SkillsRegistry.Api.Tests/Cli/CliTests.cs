using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Cli;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Cli;

/// <summary>The verbs of the executable, run in-process on a fresh SQLite database.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "skillsregistry-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly string _seed = Path.Combine(AppContext.BaseDirectory, "seed-data");

    private Task<int> RunAsync(params string[] args) => RegistryCli.RunAsync([.. args, $"--Registry:DataDirectory={_dataDirectory}"]);

    private SqliteRegistryDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite($"Data Source={Path.Combine(_dataDirectory, "registry.db")}").Options);

    [Fact]
    public async Task Import_esco_then_again_gives_the_slice_counts_once()
    {
        Assert.Equal(0, await RunAsync("import", "esco", Path.Combine(_seed, "esco-v1.1.1-ict")));
        Assert.Equal(0, await RunAsync("import", "esco", Path.Combine(_seed, "esco-v1.1.1-ict")));
        await using var db = Open();
        Assert.Equal(103, await db.Occupations.CountAsync(o => o.Kind == OccupationKind.Occupation));
        Assert.Equal(6057, await db.Requirements.CountAsync());
    }

    [Fact]
    public async Task Import_of_a_malformed_folder_fails_and_writes_nothing()
    {
        var broken = Path.Combine(_dataDirectory, "broken");
        Directory.CreateDirectory(broken);
        await File.WriteAllTextAsync(Path.Combine(broken, "skills_en.csv"), "conceptUri,preferredLabel\nx,y\n");
        Assert.Equal(2, await RunAsync("import", "esco", broken));
        await using var db = Open();
        Assert.Equal(0, await db.Frameworks.CountAsync());
        Assert.Equal(0, await db.Competencies.CountAsync());
    }

    [Fact]
    public async Task Keys_are_created_hashed_listed_and_revoked_and_every_change_is_audited()
    {
        Assert.Equal(0, await RunAsync("import", "catalogue", Path.Combine(_seed, "demo-catalogue", "catalogue.json")));
        string provider;
        await using (var db = Open())
            provider = await db.Providers.OrderBy(p => p.Id).Select(p => p.Name).FirstAsync();

        Assert.Equal(0, await RunAsync("keys", "create", "--name", "job board sync", "--provider", provider));
        Assert.Equal(0, await RunAsync("keys", "create", "--name", "operator", "--admin"));
        Assert.Equal(2, await RunAsync("keys", "create", "--name", "neither"));
        Assert.Equal(2, await RunAsync("keys", "create", "--name", "nobody", "--provider", "No Such Provider"));
        Assert.Equal(0, await RunAsync("keys", "list"));

        await using var check = Open();
        var keys = await check.ApiKeys.OrderBy(k => k.Id).ToListAsync();
        Assert.Equal([ApiKeyRole.Publisher, ApiKeyRole.Admin], keys.Select(k => k.Role));
        Assert.NotNull(keys[0].ProviderId);
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{64}$", k.SecretHash));
        Assert.Equal(0, await RunAsync("keys", "revoke", keys[0].Prefix));
        Assert.Equal(2, await RunAsync("keys", "revoke", "nosuchprefix"));
        check.ChangeTracker.Clear();
        Assert.NotNull((await check.ApiKeys.SingleAsync(k => k.Id == keys[0].Id)).RevokedAt);
        var audit = await check.AuditLog.Where(a => a.EntityType == nameof(ApiKey)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["apiKey.created", "apiKey.created", "apiKey.revoked"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.StartsWith("cli:", a.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        Assert.NotEqual(0, await RunAsync("import", "xml", _seed));
    }

    [Fact]
    public async Task Seed_imports_every_source()
    {
        Assert.Equal(0, await RunAsync("seed"));
        await using var db = Open();
        Assert.Equal(2, await db.Frameworks.CountAsync());
        Assert.True(await db.Credentials.CountAsync() >= 300);
        Assert.True(await db.Demand.AnyAsync());
        Assert.True(await db.ConceptMappings.AnyAsync());
    }

    [Fact]
    public async Task Import_csv_dry_run_writes_nothing_then_the_real_run_is_idempotent()
    {
        Assert.Equal(0, await RunAsync("seed"));
        var sample = Path.Combine(_seed, "templates", "credentials-sample.csv");

        Assert.Equal(0, await RunAsync("import", "csv", sample, "--dry-run"));
        await using (var db = Open())
        {
            Assert.False(await db.Credentials.AnyAsync(c => c.ExternalId == "nbit-csv-101"));
        }
        Assert.Equal(0, await RunAsync("import", "csv", sample));
        Assert.Equal(0, await RunAsync("import", "csv", sample));
        await using (var db = Open())
        {
            var credential = await db.Credentials.Include(c => c.Provider).Include(c => c.Alignments).SingleAsync(c => c.ExternalId == "nbit-csv-101");
            Assert.Equal(("Northbridge Institute of Technology", 2, 1), (credential.Provider.Name, credential.Alignments.Count, credential.Version));
            Assert.Equal(1, await db.CredentialParts.CountAsync(p => p.WholeId == credential.Id));
        }
    }

    [Fact]
    public async Task Dry_run_of_a_taxonomy_import_is_a_usage_error()
    {
        Assert.Equal(2, await RunAsync("import", "esco", Path.Combine(_seed, "esco-v1.1.1-ict"), "--dry-run"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
            Directory.Delete(_dataDirectory, recursive: true);
    }
}
