using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddRegistryHealthChecks(this IServiceCollection services)
    {
        // A connection attempt that hangs (packets dropped rather than refused) must not hang /readyz.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it can serve, i.e. the database is reachable.</summary>
    public static IEndpointRouteBuilder MapRegistryHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteReportAsync });
        return app;
    }

    /// <summary>The overall status and, per check, its status, description and figures (such as search index lag).</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        });
    }

    private sealed class DatabaseHealthCheck(IDbContextFactory<RegistryDbContext> contexts) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await db.Database.CanConnectAsync(cancellationToken))
                    return HealthCheckResult.Healthy("Database reachable.");
                // CanConnect swallows the reason; one explicit attempt names it.
                await db.Database.OpenConnectionAsync(cancellationToken);
                return HealthCheckResult.Unhealthy("Database not reachable.");
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy("Database not reachable: " + DatabaseUnavailable.Reason(ex), ex);
            }
        }
    }
}
