namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>A request the transport rejects before GraphQL sees it, with the HTTP status the spec prescribes.</summary>
public sealed class GraphQLHttpException(int statusCode, string message, string? allow = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>Value of the <c>Allow</c> header for 405 responses.</summary>
    public string? Allow { get; } = allow;
}
