using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from GET query parameters or a POST application/json body.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLRequest> ReadAsync(HttpRequest request, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = HttpMethods.IsGet(request.Method) ? FromQueryString(request.Query) : await FromBodyAsync(request, maxBytes);
        if (string.IsNullOrWhiteSpace(read.Query) && string.IsNullOrWhiteSpace(read.DocumentId))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "The request has no 'query' (or 'documentId' of a persisted document).");
        if (!string.IsNullOrWhiteSpace(read.Query) && !string.IsNullOrWhiteSpace(read.DocumentId))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "Send either 'query' or 'documentId', not both.");
        return read;
    }

    private GraphQLRequest FromQueryString(IQueryCollection query) => new()
    {
        Query = query["query"],
        DocumentId = query["documentId"] is { Count: > 0 } id && !string.IsNullOrEmpty(id) ? id.ToString() : null,
        OperationName = query["operationName"] is { Count: > 0 } op && !string.IsNullOrEmpty(op) ? op.ToString() : null,
        Variables = ParseParameter<Inputs>(query["variables"], "variables"),
        Extensions = ParseParameter<Inputs>(query["extensions"], "extensions"),
    };

    private T? ParseParameter<T>(string? json, string name) where T : class
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            return serializer.Deserialize<T>(json);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, $"Query parameter '{name}' is not a JSON object: {ex.Message}");
        }
    }

    private async Task<GraphQLRequest> FromBodyAsync(HttpRequest request, int maxBytes)
    {
        if (!MediaTypes.IsJsonBody(request.ContentType))
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, "POST bodies must be application/json (UTF-8).");
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        var body = await ReadLimitedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        var trimmed = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] == (byte)'[')
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "Batched requests (a JSON array) are not supported; send one request per POST.");
        if (trimmed.Length == 0 || trimmed[0] != (byte)'{')
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query'.");
        try
        {
            return serializer.Deserialize<GraphQLRequest>(System.Text.Encoding.UTF8.GetString(body))
                ?? throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query'.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, $"The body is not a valid GraphQL request: {ex.Message}");
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw TooLarge(maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
        return buffer.ToArray();
    }

    private static GraphQLHttpException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
}
