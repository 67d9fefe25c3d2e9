namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// A refused request may still have most of its body on the way (a 1 MiB body refused by the rate limiter, say).
/// Kestrel would read and discard it to keep the connection alive, so an abusive client could make the server pull
/// megabytes it has already refused; closing the connection instead costs the client a reconnect and the server nothing.
/// </summary>
public static class RefusedBodies
{
    /// <summary>Bodies up to this size are left to be drained: keeping the connection is cheaper than a reconnect.</summary>
    public const int DrainLimitBytes = 64 * 1024;

    /// <summary>Marks the response <c>Connection: close</c> when the request's unread body is large or of unknown length.</summary>
    public static void CloseIfLargeBodyUnread(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        var chunked = request.Headers.TransferEncoding.Count > 0;
        if ((chunked || request.ContentLength > DrainLimitBytes) && !http.Response.HasStarted)
            http.Response.Headers.Connection = "close";
    }
}
