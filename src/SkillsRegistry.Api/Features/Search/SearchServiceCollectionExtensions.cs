using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Api.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The embedded Lucene.NET index under the data directory, and the worker that keeps it current.</summary>
    public static IServiceCollection AddRegistrySearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRegistrySearchIndex(configuration);
        services.AddSingleton<SearchIndexState>();
        services.AddHostedService<SearchIndexer>();
        services.TryAddTimeProvider();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search", tags: ["ready"]);
        return services;
    }

    /// <summary>The index alone, without the worker (for CLI verbs).</summary>
    public static IServiceCollection AddRegistrySearchIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ICredentialSearch>(sp => LuceneCredentialSearch.Open(IndexDirectory(sp)));
        return services;
    }

    private static string IndexDirectory(IServiceProvider services) => Path.GetFullPath(
        services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexDirectory,
        services.GetRequiredService<RegistryPaths>().DataDirectory);

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
