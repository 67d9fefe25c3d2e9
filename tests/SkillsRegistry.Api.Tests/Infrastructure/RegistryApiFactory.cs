using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>The real application over HTTP, configured only through settings (never by removing registrations).</summary>
public sealed class RegistryApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public SqlCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests of other behaviour must not be throttled; RateLimitTests turn the limits on with small budgets.
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IInterceptor>(sp =>
            {
                Commands.Attach(sp.GetRequiredService<IHttpContextAccessor>());
                return Commands;
            });
        });
    }
}
