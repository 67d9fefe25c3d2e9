using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>A catalogue file read and parsed in full before anything is written, with the line of every entry.</summary>
internal sealed class CatalogueSource
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private CatalogueSource(string fileName, CatalogueDocument document, IReadOnlyList<long> providerLines, IReadOnlyList<long> credentialLines)
    {
        FileName = fileName;
        Providers = document.Providers ?? [];
        Credentials = document.Credentials ?? [];
        ProviderLines = providerLines;
        CredentialLines = credentialLines;
    }

    public string FileName { get; }
    public IReadOnlyList<CatalogueProvider?> Providers { get; }
    public IReadOnlyList<CatalogueCredential?> Credentials { get; }
    public IReadOnlyList<long> ProviderLines { get; }
    public IReadOnlyList<long> CredentialLines { get; }

    public static async Task<CatalogueSource> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new ImportFormatException($"Catalogue file not found: {path}");
        }
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        var fileName = Path.GetFileName(path);
        var document = Parse(fileName, json.Span);
        if (document.Credentials is null)
        {
            throw new ImportFormatException($"{fileName}: the document has no \"credentials\" array.");
        }
        return new CatalogueSource(fileName, document,
            JsonElementLines.Of(json.Span, "providers"), JsonElementLines.Of(json.Span, "credentials"));
    }

    private static CatalogueDocument Parse(string fileName, ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<CatalogueDocument>(json, _options)
                ?? throw new ImportFormatException($"{fileName}: the document is null.");
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new ImportFormatException($"{fileName}: malformed JSON at line {line}, position {position}: {ex.Message}");
        }
    }
}
