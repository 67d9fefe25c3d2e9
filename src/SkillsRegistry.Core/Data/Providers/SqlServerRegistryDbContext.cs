using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Data.Providers;

public sealed class SqlServerRegistryDbContext(DbContextOptions<SqlServerRegistryDbContext> options) : RegistryDbContext(options)
{
    protected override async Task LockChangeFeedAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync(
            "EXEC sp_getapplock @Resource = N'SkillsRegistry.ChangeFeed', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);
}
