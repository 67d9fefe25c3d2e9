using System.Globalization;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.GraphQL.Limits;

namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET (queries only) and POST application/json; responds with
/// application/graphql-response+json when the client accepts it (request errors then get 4xx) or application/json.
/// </summary>
public static partial class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync).RequireRateLimiting(RateLimitingServiceCollectionExtensions.RequestPolicy);

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        http.Response.Headers["X-Correlation-Id"] = http.TraceIdentifier;
        var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        try
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "Use GET or POST.", "GET, POST");
            var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept)
                ?? throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable,
                    $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            var maxBatchSize = http.User.Identity?.IsAuthenticated == true ? options.MaxBatchSize : 0;
            var body = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, options.MaxRequestBytes, maxBatchSize);
            if (!body.IsBatch)
            {
                await WriteAsync(http, await RunAsync(http, body.Requests[0], options), mediaType);
                return;
            }
            var results = new List<ExecutionResult>(body.Requests.Count);
            foreach (var request in body.Requests)
                results.Add(await RunBatchItemAsync(http, request, options));
            await WriteBatchAsync(http, results, mediaType);
        }
        catch (GraphQLHttpException ex)
        {
            await WriteTransportErrorAsync(http, ex);
        }
    }

    private static async Task<ExecutionResult> RunAsync(HttpContext http, GraphQLRequest request, GraphQLOptions options)
    {
        var services = http.RequestServices;
        await ResolvePersistedDocumentAsync(http, request, options);
        var document = services.GetRequiredService<ParsedDocumentCache>().GetOrParse(request.Query!);
        if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
            throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "POST");
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint));
        // Every log line written while the operation runs carries its name and the correlation id.
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["CorrelationId"] = http.TraceIdentifier,
            ["OperationName"] = request.OperationName,
        });
        var result = await ExecuteAsync(http, request, document);
        TrimErrors(result, options);
        return result;
    }

    /// <summary>In a batch a request-level problem of one item (unknown persisted document, say) is that item's error.</summary>
    private static async Task<ExecutionResult> RunBatchItemAsync(HttpContext http, GraphQLRequest request, GraphQLOptions options)
    {
        try
        {
            return await RunAsync(http, request, options);
        }
        catch (GraphQLHttpException ex)
        {
            return new ExecutionResult { Executed = false, Errors = [new ExecutionError(ex.Message) { Code = "BAD_REQUEST" }] };
        }
    }

    /// <summary>Replaces a <c>documentId</c> by the registered text; in persisted-only mode refuses anonymous query text.</summary>
    private static async Task ResolvePersistedDocumentAsync(HttpContext http, GraphQLRequest request, GraphQLOptions options)
    {
        if (request.DocumentId is { } id)
        {
            request.Query = await http.RequestServices.GetRequiredService<PersistedDocumentStore>().TextAsync(id, http.RequestAborted);
            return;
        }
        if (options.PersistedDocumentsOnly && http.User.Identity?.IsAuthenticated != true)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest,
                "This server accepts only persisted documents from anonymous callers: send 'documentId' (see registerPersistedDocument).");
        }
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<RegistrySchema>>();
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            UnhandledExceptionDelegate = context =>
            {
                if (DatabaseUnavailableResponses.TryDescribe(context, http))
                    return Task.CompletedTask;
                // The client sees only the correlation id; the log has the exception with the same id.
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint));
                LogUnhandled(logger, context.OriginalException, http.TraceIdentifier, request.OperationName, context.FieldContext?.Path);
                context.ErrorMessage = $"An internal error occurred; correlation id {http.TraceIdentifier}.";
                return Task.CompletedTask;
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in GraphQL operation {OperationName} at {Path}; correlation id {CorrelationId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlationId, string? operationName, IEnumerable<object>? path);

    /// <summary>At most <c>MaxErrors</c> errors, the rest summarised; without introspection, no "Did you mean" hints at the schema.</summary>
    private static void TrimErrors(ExecutionResult result, GraphQLOptions options)
    {
        if (result.Errors is not { Count: > 0 } errors)
            return;
        var trimmed = new ExecutionErrors();
        foreach (var error in errors.Take(options.MaxErrors))
            trimmed.Add(options.EnableIntrospection ? error : WithoutSuggestions(error));
        if (errors.Count > options.MaxErrors)
            trimmed.Add(new ExecutionError($"{errors.Count - options.MaxErrors} more errors omitted (GraphQL:MaxErrors).") { Code = "TOO_MANY_ERRORS" });
        result.Errors = trimmed;
    }

    private static ExecutionError WithoutSuggestions(ExecutionError error)
    {
        var at = error.Message.IndexOf(" Did you mean", StringComparison.Ordinal);
        if (at < 0)
            return error;
        var copy = new ExecutionError(error.Message[..at]) { Code = error.Code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
            copy.AddLocation(location);
        return copy;
    }

    private static bool IsMutation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    private static async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        // Spec: with graphql-response+json a request error (nothing executed: parse, validation, variables) is a 4xx;
        // with application/json every well-formed request gets 200.
        http.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        // Over budget: 429 with Retry-After whatever the media type (nothing was executed).
        if (!result.Executed && result.Errors?.FirstOrDefault(e => e.Code == QueryCostLimiter.ErrorCode) is { } limited)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = Convert.ToString(limited.Data["retryAfterSeconds"], CultureInfo.InvariantCulture);
        }
        DatabaseUnavailableResponses.ApplyStatus(http, result);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>
    /// A batch answers 200 with one result per request, in order; when every request was refused for its cost, 429
    /// with the longest Retry-After; when every request failed because the database is unreachable, 503.
    /// </summary>
    private static async Task WriteBatchAsync(HttpContext http, List<ExecutionResult> results, string mediaType)
    {
        var limited = results.Select(r => r.Executed ? null : r.Errors?.FirstOrDefault(e => e.Code == QueryCostLimiter.ErrorCode)).ToList();
        http.Response.StatusCode = StatusCodes.Status200OK;
        if (limited.All(e => e is not null))
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = limited.Max(e => Convert.ToInt32(e!.Data["retryAfterSeconds"], CultureInfo.InvariantCulture))
                .ToString(CultureInfo.InvariantCulture);
        }
        DatabaseUnavailableResponses.ApplyStatus(http, results);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, results, http.RequestAborted);
    }

    private static async Task WriteTransportErrorAsync(HttpContext http, GraphQLHttpException error)
    {
        http.Response.StatusCode = error.StatusCode;
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
            RefusedBodies.CloseIfLargeBodyUnread(http);
        if (error.Allow is not null)
            http.Response.Headers.Allow = error.Allow;
        http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(error.Message)] }, http.RequestAborted);
    }
}
