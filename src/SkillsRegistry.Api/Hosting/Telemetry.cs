using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SkillsRegistry.Api.Hosting;

/// <summary>Telemetry settings (configuration section <c>Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve Prometheus metrics at <see cref="MetricsPath"/>.</summary>
    public bool PrometheusEnabled { get; set; } = true;

    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>OTLP collector for traces and metrics (e.g. http://localhost:4317); none when empty.</summary>
    public string? OtlpEndpoint { get; set; }
}

/// <summary>The registry's own traces and metrics, next to ASP.NET Core's, EF Core's and GraphQL.NET's.</summary>
public static class RegistryTelemetry
{
    public const string Name = "SkillsRegistry";
    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter _meter = new(Name);

    /// <summary>Computed cost of each GraphQL operation (the figure charged to rate-limit budgets).</summary>
    public static readonly Histogram<double> OperationCost = _meter.CreateHistogram<double>("skillsregistry.graphql.operation.cost", "{cost}",
        "Computed complexity of GraphQL operations.");

    /// <summary>Search calls answered from the database because the index was unavailable.</summary>
    public static readonly Counter<long> SearchFallbacks = _meter.CreateCounter<long>("skillsregistry.search.fallbacks", "{call}",
        "Search calls answered from the database (degraded mode).");

    public static IServiceCollection AddRegistryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section));
        var otlp = string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("skillsregistry-api"))
            .WithTracing(t =>
            {
                t.AddSource(Name, "GraphQL").AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation();
                if (otlp is not null)
                    t.AddOtlpExporter(o => o.Endpoint = otlp);
            })
            .WithMetrics(m =>
            {
                m.AddMeter(Name).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (options.PrometheusEnabled)
                    m.AddPrometheusExporter();
                if (otlp is not null)
                    m.AddOtlpExporter(o => o.Endpoint = otlp);
            });
        return services;
    }

    public static IEndpointRouteBuilder MapRegistryMetrics(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (options.PrometheusEnabled)
            app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        return app;
    }
}
