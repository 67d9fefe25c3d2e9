using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SkillsRegistry.Api.Ide;

/// <summary>One file of the GraphiQL bundle embedded from <c>Ide/dist</c>.</summary>
/// <param name="Path">Path inside the bundle with '/' separators, e.g. <c>graphiql-assets/index-ab12CD34.js</c>.</param>
/// <param name="ResourceName">Manifest resource name in the API assembly.</param>
/// <param name="ContentType">Response Content-Type.</param>
/// <param name="ETag">Strong ETag (quoted SHA-256 prefix of the content).</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="Immutable">True when the file name carries a content hash, so it may be cached forever.</param>
internal sealed record GraphiQLAsset(string Path, string ResourceName, string ContentType, string ETag, long Length, bool Immutable);

/// <summary>
/// Index of the offline GraphiQL bundle, which the csproj embeds as resources named
/// <c>GraphiQL/&lt;path&gt;</c>. Content is streamed from the assembly on demand; only the index is kept.
/// </summary>
internal sealed partial class GraphiQLBundle
{
    /// <summary>Prefix of the manifest resource names (set by LogicalName in the csproj).</summary>
    public const string ResourcePrefix = "GraphiQL/";

    /// <summary>The bundle's entry page.</summary>
    public const string IndexPath = "index.html";

    private static readonly Lazy<GraphiQLBundle> _default = new(() => new GraphiQLBundle(typeof(GraphiQLBundle).Assembly));

    private readonly Assembly _assembly;
    private readonly FrozenDictionary<string, GraphiQLAsset> _assets;

    /// <summary>The bundle embedded in the API assembly.</summary>
    public static GraphiQLBundle Default => _default.Value;

    /// <summary>Indexes the GraphiQL resources of <paramref name="assembly"/>.</summary>
    public GraphiQLBundle(Assembly assembly)
    {
        _assembly = assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = name[ResourcePrefix.Length..].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(stream).AsSpan(0, 12)) + "\"";
            assets[path] = new GraphiQLAsset(path, name, ContentTypeOf(path), etag, stream.Length, HashedName().IsMatch(path));
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All files of the bundle, keyed by path.</summary>
    public IReadOnlyDictionary<string, GraphiQLAsset> Assets => _assets;

    /// <summary>The entry page, or null when the bundle was not embedded (build Ide/dist first).</summary>
    public GraphiQLAsset? Index => _assets.GetValueOrDefault(IndexPath);

    /// <summary>Finds a file by its bundle path; null when absent.</summary>
    public GraphiQLAsset? Find(string path) => _assets.GetValueOrDefault(path);

    /// <summary>Opens a file's content (a read-only view over the assembly image).</summary>
    public Stream Open(GraphiQLAsset asset) =>
        _assembly.GetManifestResourceStream(asset.ResourceName)
        ?? throw new InvalidOperationException($"Embedded GraphiQL resource '{asset.ResourceName}' is missing.");

    /// <summary>Content type by extension; only what a Vite build of GraphiQL emits, else octet-stream.</summary>
    internal static string ContentTypeOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" or ".map" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".ttf" => "font/ttf",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        ".wasm" => "application/wasm",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>Vite's content-hashed file names: <c>name-XXXXXXXX.ext</c> (8 base64url characters).</summary>
    [GeneratedRegex(@"-[A-Za-z0-9_-]{8}\.[a-z0-9]+$")]
    private static partial Regex HashedName();
}
