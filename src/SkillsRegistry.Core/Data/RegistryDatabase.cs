using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Data;

/// <summary>Which database and how to reach it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);

/// <summary>Registers the registry's context; the derived context per provider owns that provider's migrations.</summary>
public static class RegistryDatabase
{
    /// <summary>
    /// Registers a pooled context factory per provider and exposes the configured one as
    /// <c>IDbContextFactory&lt;RegistryDbContext&gt;</c>. Settings are read when first needed, not at registration.
    /// </summary>
    public static IServiceCollection AddRegistryDbContext(this IServiceCollection services, Func<IServiceProvider, DatabaseSettings> settings)
    {
        services.AddSingleton<DatabaseSettings>(sp => settings(sp));
        services.AddFactory<SqliteRegistryDbContext>((o, cs) => o.UseSqlite(cs));
        services.AddFactory<PostgreSqlRegistryDbContext>((o, cs) => o.UseNpgsql(cs));
        services.AddFactory<SqlServerRegistryDbContext>((o, cs) => o.UseSqlServer(cs));
        services.AddSingleton<IDbContextFactory<RegistryDbContext>>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.Sqlite => Wrap<SqliteRegistryDbContext>(sp),
            DatabaseProvider.PostgreSql => Wrap<PostgreSqlRegistryDbContext>(sp),
            DatabaseProvider.SqlServer => Wrap<SqlServerRegistryDbContext>(sp),
            var other => throw new InvalidOperationException($"Unknown database provider {other}."),
        });
        return services;
    }

    private static void AddFactory<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder, string> configure)
        where TContext : RegistryDbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, o) =>
        {
            configure(o, sp.GetRequiredService<DatabaseSettings>().ConnectionString);
            o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            // Interceptors registered in DI (SQL command counting in tests, tracing) see every command.
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        });
    }

    private static RegistryDbContextFactory<TContext> Wrap<TContext>(IServiceProvider sp) where TContext : RegistryDbContext =>
        new(sp.GetRequiredService<IDbContextFactory<TContext>>(), sp.GetService<IRegistryViewerSource>());
}
