using Microsoft.Extensions.Options;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database chosen by <c>Database:Provider</c> and <c>ConnectionStrings:Registry</c>.</summary>
    public static IServiceCollection AddRegistryData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection("Database")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection("Registry")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new RegistryPaths(Path.GetFullPath(
            sp.GetRequiredService<IOptions<RegistryOptions>>().Value.DataDirectory,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddRegistryDbContext(sp => Settings(sp, configuration));
        return services;
    }

    private static DatabaseSettings Settings(IServiceProvider services, IConfiguration configuration)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        var configured = configuration.GetConnectionString("Registry");
        if (!string.IsNullOrWhiteSpace(configured))
            return new DatabaseSettings(provider, configured);
        if (provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Registry to its connection string.");
        var dataDirectory = services.GetRequiredService<RegistryPaths>().DataDirectory;
        Directory.CreateDirectory(dataDirectory);
        return new DatabaseSettings(provider, $"Data Source={Path.Combine(dataDirectory, "registry.db")}");
    }
}

/// <summary>Resolved absolute folder of the registry's own data.</summary>
public sealed record RegistryPaths(string DataDirectory);
