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
    IOptions<DatabaseOptions> database,
    RegistryPaths paths,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var location = DescribeLocation(db);
        StartupLog.DataLocation(logger, db.Database.ProviderName, location, paths.DataDirectory);
        await MigrateWhenReachableAsync(db, location, cancellationToken);
        if (seed.Value.OnStartup)
            await SeedIfEmptyAsync(db, cancellationToken);
    }

    /// <summary>
    /// Migrates, retrying while the database is unreachable (a database container that starts after the API, a
    /// server restarting) for at most <c>Database:StartupRetrySeconds</c>; any other failure ends start-up at once.
    /// </summary>
    private async Task MigrateWhenReachableAsync(RegistryDbContext db, string location, CancellationToken cancellationToken)
    {
        var retryFor = TimeSpan.FromSeconds(database.Value.StartupRetrySeconds);
        var started = Stopwatch.GetTimestamp();
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var journalMode = await db.Database.MigrateRegistryAsync(cancellationToken);
                if (journalMode is not (null or "wal" or "memory"))
                    StartupLog.NoWriteAheadLog(logger, location, journalMode);
                return;
            }
            catch (Exception ex) when (DatabaseUnavailable.FindCause(ex) is { } cause)
            {
                DatabaseUnavailable.ForgetPooledConnections(cause);
                var reason = DatabaseUnavailable.Reason(cause);
                var left = retryFor - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw new InvalidOperationException(
                        $"Database not reachable at {location} after {attempt} attempt(s) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s: {reason}. " +
                        $"Check ConnectionStrings:Registry and that the database server runs; Database:StartupRetrySeconds={database.Value.StartupRetrySeconds} sets how long start-up waits.",
                        ex);
                }
                var delay = TimeSpan.FromTicks(Math.Min(backoff.Next().Ticks, left.Ticks));
                StartupLog.DatabaseUnreachable(logger, location, reason, Math.Ceiling(delay.TotalSeconds), attempt);
                await Task.Delay(delay, cancellationToken);
            }
        }
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
        if (string.IsNullOrEmpty(connection.DataSource))
            return connection.Database;
        // SQLite's DataSource is the file and its Database is always "main"; servers name the database separately.
        return connection.Database is { Length: > 0 } name && name != "main" ? $"{connection.DataSource}, database {name}" : connection.DataSource;
    }
}
