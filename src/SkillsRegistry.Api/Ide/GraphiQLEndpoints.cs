using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace SkillsRegistry.Api.Ide;

/// <summary>
/// Serves the offline GraphiQL IDE (docs/ide.md). Implemented as middleware, not as endpoints, so
/// that it never competes with the GraphQL endpoint for routes: <c>GET /graphql</c> from a browser
/// (Accept prefers <c>text/html</c>, no <c>query</c> parameter) gets the IDE page, every other
/// request to <c>/graphql</c> falls through untouched. Files under <c>/graphiql-assets/</c> come
/// from the bundle embedded in this assembly. Call <c>app.UseGraphiQL()</c> before mapping GraphQL.
/// </summary>
public static class GraphiQLEndpoints
{
    /// <summary>Where the page is served (the GraphQL endpoint's own path).</summary>
    public const string PagePath = "/graphql";

    /// <summary>Where the bundle's assets are served; matches <c>build.assetsDir</c> in vite.config.js.</summary>
    public const string AssetsPath = "/graphiql-assets";

    /// <summary>
    /// Only this origin: scripts, styles, workers and fetches. Monaco injects inline styles and
    /// GraphiQL inlines its fonts as data: URLs; workers are same-origin files (blob: kept for Monaco's fallback).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>Adds the GraphiQL page (browser GETs of <c>/graphql</c>) and its assets to the pipeline.</summary>
    public static IApplicationBuilder UseGraphiQL(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var bundle = GraphiQLBundle.Default;
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            {
                if (request.Path.StartsWithSegments(AssetsPath, out var rest) && rest.HasValue)
                {
                    await ServeAssetAsync(context, bundle, "graphiql-assets" + rest.Value);
                    return;
                }

                if (request.Path.Equals(PagePath, StringComparison.OrdinalIgnoreCase) && IsBrowserPageRequest(request) && bundle.Index is { } index)
                {
                    context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
                    await ServeAsync(context, bundle, index, "no-cache");
                    return;
                }
            }

            await next(context);
        });
    }

    /// <summary>True for a browser navigation: no GraphQL <c>query</c> parameter and Accept prefers HTML.</summary>
    internal static bool IsBrowserPageRequest(HttpRequest request) =>
        !request.Query.ContainsKey("query") && PrefersHtml(request.GetTypedHeaders());

    /// <summary>
    /// True when <c>text/html</c> is explicitly accepted with a higher quality than any JSON type
    /// (ties go to whichever is listed first). Wildcards alone (<c>*/*</c>, curl's default) never select HTML.
    /// </summary>
    internal static bool PrefersHtml(RequestHeaders headers)
    {
        double html = 0, json = 0;
        int htmlAt = int.MaxValue, jsonAt = int.MaxValue, position = 0;
        foreach (var accept in headers.Accept)
        {
            var quality = accept.Quality ?? 1.0;
            if (accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                (html, htmlAt) = quality > html ? (quality, position) : (html, htmlAt);
            }
            else if (accept.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || accept.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
            {
                (json, jsonAt) = quality > json ? (quality, position) : (json, jsonAt);
            }

            position++;
        }

        return html > 0 && (html > json || (html.Equals(json) && htmlAt < jsonAt));
    }

    private static Task ServeAssetAsync(HttpContext context, GraphiQLBundle bundle, string path)
    {
        if (bundle.Find(path) is not { } asset)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return ServeAsync(context, bundle, asset, asset.Immutable ? ImmutableCache : "no-cache");
    }

    private static async Task ServeAsync(HttpContext context, GraphiQLBundle bundle, GraphiQLAsset asset, string cacheControl)
    {
        var response = context.Response;
        response.Headers.CacheControl = cacheControl;
        response.Headers.ETag = asset.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.Any(tag => tag is not null && tag.Contains(asset.ETag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var content = bundle.Open(asset);
        await content.CopyToAsync(response.Body, context.RequestAborted);
    }
}
