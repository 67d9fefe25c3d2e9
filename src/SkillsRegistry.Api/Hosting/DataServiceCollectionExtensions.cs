using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by <c>Database:Provider</c> and <c>ConnectionStrings:Registry</c>.</summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var registry = configuration.GetSection("Registry").Get<RegistryOptions>() ?? new RegistryOptions();
        var dataDirectory = Path.GetFullPath(registry.DataDirectory, contentRoot);
        services.AddSingleton(new RegistryPaths(dataDirectory));
        services.AddRegistryDbContext(database.Provider, ConnectionString(configuration, database.Provider, dataDirectory));
        return services;
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string dataDirectory)
    {
        var configured = configuration.GetConnectionString("Registry");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Registry to its connection string.");
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "registry.db")}";
    }
}

/// <summary>Resolved absolute folder of the registry's own data.</summary>
public sealed record RegistryPaths(string DataDirectory);
