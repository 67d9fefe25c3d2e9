namespace SkillsRegistry.Api.Hosting;

public static class StartupServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryStartup(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRegistryStartupOptions(configuration);
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    public static IServiceCollection AddRegistryStartupOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection("Seed"));
        return services;
    }
}
