using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Api.Features.Gaps;

public static class GapServiceCollectionExtensions
{
    /// <summary>The gap index (one per process, kept current from the data stamps) and its optional warm-up.</summary>
    public static IServiceCollection AddRegistryGaps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GapOptions>().Bind(configuration.GetSection(GapOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new GapIndexCache(sp.GetRequiredService<IDbContextFactory<RegistryDbContext>>()));
        services.AddHostedService<GapIndexWarmUp>();
        return services;
    }
}
