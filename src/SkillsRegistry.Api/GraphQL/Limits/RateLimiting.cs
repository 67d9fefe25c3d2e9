using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Features.Publishing;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>Who a request is charged to: its API key, or else its client address.</summary>
internal static class RateLimitPartition
{
    public static (string Key, bool Signed) Of(HttpContext http)
    {
        var prefix = http.User.FindFirstValue(ApiKeyAuthenticationHandler.KeyPrefixClaim);
        return prefix is not null ? ("key:" + prefix, true) : ("ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), false);
    }
}

/// <summary>
/// Charges each operation's computed cost to its caller's token bucket. Runs as the last step of validation, so a
/// refused operation has not executed; the endpoint answers it with 429 and <c>Retry-After</c>.
/// </summary>
public sealed class QueryCostLimiter : IDisposable
{
    public const string ErrorCode = "RATE_LIMITED";
    private readonly PartitionedRateLimiter<(string Key, bool Signed)> _limiter;
    private readonly RateLimitOptions _options;

    public QueryCostLimiter(IOptions<RateLimitOptions> options, IOptions<GraphQLOptions> graphQL)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(graphQL);
        _options = options.Value;
        var maxCost = graphQL.Value.MaxComplexity;
        _limiter = PartitionedRateLimiter.Create<(string Key, bool Signed), (string, bool)>(caller =>
            System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(caller, c => Bucket(c.Item2 ? _options.KeyCostPerSecond : _options.AnonymousCostPerSecond, maxCost)));
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int maxCost) => new()
    {
        // A bucket always holds at least one maximal query, so any query the complexity limit allows can run eventually.
        TokenLimit = Math.Max(perSecond * 10, maxCost),
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Charges the cost; on refusal sets a validation error carrying the retry delay.</summary>
    public void Charge(ComplexityValidationContext context, HttpContext http, bool schemaOnly)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(http);
        if (context.Error is not null)
            return;
        var cost = (int)Math.Clamp(Math.Ceiling(context.TotalImpact), 1, int.MaxValue) + (schemaOnly ? _options.IntrospectionCost : 0);
        Hosting.RegistryTelemetry.OperationCost.Record(cost);
        if (!_options.Enabled)
            return;
        var caller = RateLimitPartition.Of(http);
        using var lease = _limiter.AttemptAcquire(caller, Math.Min(cost, int.MaxValue));
        if (lease.IsAcquired)
            return;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var error = new ValidationError($"Rate limit exceeded: this operation costs {cost} and the budget refills at " +
            $"{(caller.Signed ? _options.KeyCostPerSecond : _options.AnonymousCostPerSecond)} per second. Retry after {Math.Ceiling(retryAfter.TotalSeconds)} s.")
        {
            Code = ErrorCode,
        };
        error.Data["retryAfterSeconds"] = (int)Math.Ceiling(Math.Max(retryAfter.TotalSeconds, 1));
        context.Error = error;
    }

    public void Dispose() => _limiter.Dispose();
}

public static class RateLimitingServiceCollectionExtensions
{
    public const string RequestPolicy = "requests";

    /// <summary>The request-rate limiter (429 with Retry-After, not the framework's 503) and the query-cost limiter.</summary>
    public static IServiceCollection AddRegistryRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QueryCostLimiter>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RequestPolicy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                if (!options.Enabled)
                    return System.Threading.RateLimiting.RateLimitPartition.GetNoLimiter("off");
                var (key, signed) = RateLimitPartition.Of(http);
                var perSecond = signed ? options.KeyRequestsPerSecond : options.AnonymousRequestsPerSecond;
                return System.Threading.RateLimiting.RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond * 2,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = options.RequestQueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                RefusedBodies.CloseIfLargeBodyUnread(context.HttpContext);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = $"Too many requests; retry after {seconds} s.", extensions = new { code = QueryCostLimiter.ErrorCode } } } }, ct);
            };
        });
        return services;
    }
}
