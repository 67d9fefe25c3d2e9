using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Core.Data.Providers;

namespace SkillsRegistry.Core.Data;

/// <summary>Registers the registry's context for one database; the derived context per provider owns that provider's migrations.</summary>
public static class RegistryDatabase
{
    public static IServiceCollection AddRegistryDbContext(
        this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        return provider switch
        {
            DatabaseProvider.Sqlite => services.AddFactory<SqliteRegistryDbContext>(o => o.UseSqlite(connectionString)),
            DatabaseProvider.PostgreSql => services.AddFactory<PostgreSqlRegistryDbContext>(o => o.UseNpgsql(connectionString)),
            DatabaseProvider.SqlServer => services.AddFactory<SqlServerRegistryDbContext>(o => o.UseSqlServer(connectionString)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    private static IServiceCollection AddFactory<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : RegistryDbContext
    {
        services.AddPooledDbContextFactory<TContext>(o =>
        {
            configure(o);
            o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        services.AddSingleton<IDbContextFactory<RegistryDbContext>>(
            sp => new RegistryDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        return services;
    }
}
