using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Data.Providers;

public sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options) : RegistryDbContext(options)
{
    /// <summary>An arbitrary constant naming the change feed's transaction-scoped advisory lock.</summary>
    private const long ChangeFeedLock = 0x5_6B11_5EED;

    protected override async Task LockChangeFeedAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChangeFeedLock})", cancellationToken);
}
