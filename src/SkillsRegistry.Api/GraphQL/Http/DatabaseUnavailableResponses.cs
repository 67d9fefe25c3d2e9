using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using SkillsRegistry.Api.Hosting;

namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>
/// An unreachable database is the operator's problem, not a bug: the client gets an error with code
/// <c>DATABASE_UNAVAILABLE</c>, the correlation id and a retry hint, and the response is 503 with <c>Retry-After</c>
/// (for both media types), instead of the masked internal error.
/// </summary>
public static partial class DatabaseUnavailableResponses
{
    /// <summary>Replaces the error of an exception that shows the database is unreachable; false for any other exception.</summary>
    public static bool TryDescribe(UnhandledExceptionContext context, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(http);
        if (Recognise(context.OriginalException, http) is not { } error)
            return false;
        context.Exception = error;
        return true;
    }

    /// <summary>503 with Retry-After when any error of the result says the database is unreachable.</summary>
    public static void ApplyStatus(HttpContext http, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ApplyStatus(http, [result]);
    }

    /// <summary>503 with Retry-After for a batch when every one of its requests found the database unreachable.</summary>
    public static void ApplyStatus(HttpContext http, IReadOnlyCollection<ExecutionResult> batch)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0 || !batch.All(r => r.Errors?.Any(e => e.Code == DatabaseUnavailable.ErrorCode) == true))
            return;
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Answers the same way when the database fails outside GraphQL execution (API key lookup, idempotency keys,
    /// persisted documents), where the exception would otherwise end as an empty 500.
    /// </summary>
    public static IApplicationBuilder UseDatabaseUnavailableResponses(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
        }
        catch (Exception ex) when (!http.Response.HasStarted && DatabaseUnavailable.IsCause(ex))
        {
            var error = Recognise(ex, http)!;
            http.Response.Clear();
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-Correlation-Id"] = http.TraceIdentifier;
            http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
        }
    });

    private static ExecutionError? Recognise(Exception exception, HttpContext http)
    {
        if (DatabaseUnavailable.FindCause(exception) is not { } cause)
            return null;
        DatabaseUnavailable.ForgetPooledConnections(cause);
        var reason = DatabaseUnavailable.Reason(cause);
        LogUnavailable(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUnavailableResponses)),
            http.TraceIdentifier, reason);
        var error = new ExecutionError(
            $"The database is unreachable at the moment; retry in a few seconds. Correlation id {http.TraceIdentifier}.")
        {
            Code = DatabaseUnavailable.ErrorCode,
        };
        error.Data["correlationId"] = http.TraceIdentifier;
        error.Data["retryAfterSeconds"] = DatabaseUnavailable.RetryAfterSeconds;
        return error;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable; correlation id {CorrelationId}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string correlationId, string reason);
}
