using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>API-key authentication, and the per-request viewer that hides other providers' drafts.</summary>
    public static IServiceCollection AddRegistryPublishing(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddHttpContextAccessor();
        services.AddSingleton<IRegistryViewerSource, HttpViewerSource>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
