using Microsoft.Net.Http.Headers;

namespace SkillsRegistry.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP spec.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header: graphql-response+json when the client names it, otherwise
    /// application/json (also for a missing header or wildcards, as legacy clients expect); null when neither is acceptable.
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeaders)
    {
        ArgumentNullException.ThrowIfNull(acceptHeaders);
        if (acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted))
            return null;
        var candidates = accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        foreach (var candidate in candidates)
        {
            var type = candidate.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
                return Json;
        }
        return null;
    }

    /// <summary>True for application/json with no charset or UTF-8.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Value is null || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
