using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>One GraphQL request, or a batch of them (a POST body that is a JSON array).</summary>
public sealed record GraphQLRequestBody(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch);

/// <summary>
/// Reads a GraphQL request from GET query parameters or a POST application/json body. A JSON array of requests (a
/// batch) is accepted only when <c>maxBatchSize</c> &gt; 0, i.e. from callers with an API key.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLRequestBody> ReadAsync(HttpRequest request, int maxBytes, int maxBatchSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method))
            return new([Checked(FromQueryString(request.Query), null)], IsBatch: false);
        var body = await ReadBodyAsync(request, maxBytes);
        if (body.Span[0] != (byte)'[')
            return new([Checked(Deserialize<GraphQLRequest>(body), null)], IsBatch: false);
        if (maxBatchSize == 0)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest,
                "Batched requests (a JSON array) are accepted only from callers with an API key; send one request per POST.");
        }
        var batch = Deserialize<GraphQLRequest?[]>(body);
        if (batch.Length == 0)
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "The batch is empty.");
        if (batch.Length > maxBatchSize)
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, $"A batch may hold at most {maxBatchSize} requests (GraphQL:MaxBatchSize); this one has {batch.Length}.");
        return new(batch.Select((r, i) => Checked(r, i)).ToList(), IsBatch: true);
    }

    private static GraphQLRequest Checked(GraphQLRequest? read, int? batchIndex)
    {
        var where = batchIndex is { } i ? $"Batch item {i}: " : "";
        if (read is null)
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, where + "a request must be a JSON object with a 'query'.");
        if (string.IsNullOrWhiteSpace(read.Query) && string.IsNullOrWhiteSpace(read.DocumentId))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, where + "the request has no 'query' (or 'documentId' of a persisted document).");
        if (!string.IsNullOrWhiteSpace(read.Query) && !string.IsNullOrWhiteSpace(read.DocumentId))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, where + "send either 'query' or 'documentId', not both.");
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

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, int maxBytes)
    {
        if (!MediaTypes.IsJsonBody(request.ContentType))
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, "POST bodies must be application/json (UTF-8).");
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        var body = await ReadLimitedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);
        var start = body.Length - body.AsSpan().TrimStart(" \t\r\n"u8).Length;
        if (start == body.Length || body[start] is not ((byte)'{' or (byte)'['))
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "The body must be a JSON object with a 'query'.");
        return body.AsMemory(start);
    }

    private T Deserialize<T>(ReadOnlyMemory<byte> body)
    {
        try
        {
            return serializer.Deserialize<T>(System.Text.Encoding.UTF8.GetString(body.Span))
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
