using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import;

namespace SkillsRegistry.Api.Hosting;

/// <summary>Before the server listens: applies pending migrations and, on an empty database, imports the seed data.</summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<RegistryDbContext> contexts,
    IOptions<SeedOptions> seed,
    RegistryPaths paths,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        StartupLog.DataLocation(logger, db.Database.ProviderName, DescribeLocation(db), paths.DataDirectory);
        await db.Database.MigrateAsync(cancellationToken);
        if (seed.Value.OnStartup)
            await SeedIfEmptyAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedIfEmptyAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (!await SeedData.IsEmptyAsync(db, cancellationToken))
            return;
        var directory = seed.Value.ResolvedDirectory;
        var started = Stopwatch.GetTimestamp();
        StartupLog.Seeding(logger, directory);
        foreach (var (format, report) in await SeedData.ImportAsync(db, directory, null, null, cancellationToken))
        {
            StartupLog.Seeded(logger, format.ToString(), report.Counts.Values.Sum(c => c.Total), report.Rejected.Count);
        }
        StartupLog.SeedDone(logger, Stopwatch.GetElapsedTime(started));
    }

    private static string DescribeLocation(RegistryDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return string.IsNullOrEmpty(connection.DataSource) ? connection.Database : connection.DataSource;
    }
}
