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
public static class GraphQLHttpEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        try
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "Use GET or POST.", "GET, POST");
            var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept)
                ?? throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable,
                    $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            var request = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, options.MaxRequestBytes);
            var document = services.GetRequiredService<ParsedDocumentCache>().GetOrParse(request.Query!);
            if (HttpMethods.IsGet(http.Request.Method) && IsMutation(document, request.OperationName))
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.", "POST");
            var result = await ExecuteAsync(http, request, document);
            await WriteAsync(http, result, mediaType);
        }
        catch (GraphQLHttpException ex)
        {
            await WriteTransportErrorAsync(http, ex);
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
        });
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
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteTransportErrorAsync(HttpContext http, GraphQLHttpException error)
    {
        http.Response.StatusCode = error.StatusCode;
        if (error.Allow is not null)
            http.Response.Headers.Allow = error.Allow;
        http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(error.Message)] }, http.RequestAborted);
    }
}
