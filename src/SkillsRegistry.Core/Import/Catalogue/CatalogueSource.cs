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

    private static readonly IReadOnlyList<string> _noErrors = [];

    /// <summary>
    /// A parsed document: <paramref name="credentialErrors"/> (parallel to the credentials, may be shorter) holds problems the
    /// parser already found in a record, each of which rejects it; <paramref name="skipped"/> counts source records that are
    /// deliberately not credentials. With <paramref name="updateExistingProviders"/> false, providers already in the registry
    /// are left as they are (formats that carry only part of a provider's fields).
    /// </summary>
    public CatalogueSource(
        string fileName,
        CatalogueDocument document,
        IReadOnlyList<RecordLocation> providerLocations,
        IReadOnlyList<RecordLocation> credentialLocations,
        IReadOnlyList<IReadOnlyList<string>>? credentialErrors = null,
        IReadOnlyDictionary<string, int>? skipped = null,
        bool updateExistingProviders = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        FileName = fileName;
        Providers = document.Providers ?? [];
        Credentials = document.Credentials ?? [];
        ProviderLocations = providerLocations;
        CredentialLocations = credentialLocations;
        CredentialErrors = credentialErrors ?? [];
        Skipped = skipped ?? new Dictionary<string, int>();
        UpdateExistingProviders = updateExistingProviders;
    }

    public string FileName { get; }
    public IReadOnlyList<CatalogueProvider?> Providers { get; }
    public IReadOnlyList<CatalogueCredential?> Credentials { get; }
    public IReadOnlyList<RecordLocation> ProviderLocations { get; }
    public IReadOnlyList<RecordLocation> CredentialLocations { get; }
    public IReadOnlyList<IReadOnlyList<string>> CredentialErrors { get; }
    public IReadOnlyDictionary<string, int> Skipped { get; }
    public bool UpdateExistingProviders { get; }

    /// <summary>Identifiers the file gives for the providers it names (by name), including providers it cannot create.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> ProviderIdentifiers { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);

    /// <summary>The parser's problems with credential <paramref name="index"/> (none when it found nothing wrong).</summary>
    public IReadOnlyList<string> ErrorsOf(int index) => index < CredentialErrors.Count ? CredentialErrors[index] : _noErrors;

    public static async Task<CatalogueSource> ReadAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new ImportFormatException($"Catalogue file not found: {path}");
        }
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return FromJson(Path.GetFileName(path), bytes);
    }

    /// <summary>Parses a catalogue document held in memory (UTF-8, with or without a byte order mark).</summary>
    public static CatalogueSource FromJson(string fileName, byte[] bytes)
    {
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        var document = Parse(fileName, json.Span);
        if (document.Credentials is null)
        {
            throw new ImportFormatException($"{fileName}: the document has no \"credentials\" array.");
        }
        return new CatalogueSource(fileName, document,
            Labelled("providers", JsonElementLines.Of(json.Span, "providers")),
            Labelled("credentials", JsonElementLines.Of(json.Span, "credentials")));
    }

    private static List<RecordLocation> Labelled(string array, IReadOnlyList<long> lines) =>
        [.. lines.Select((line, i) => new RecordLocation($"{array}[{i}]", line))];

    /// <summary>The same records with <paramref name="credentials"/> and their parser errors replaced (for a provider scope).</summary>
    public CatalogueSource With(
        IReadOnlyList<CatalogueProvider?> providers,
        IReadOnlyList<RecordLocation> providerLocations,
        IReadOnlyList<CatalogueCredential?> credentials,
        IReadOnlyList<IReadOnlyList<string>> credentialErrors) =>
        new(FileName, new CatalogueDocument(1, providers, credentials), providerLocations, CredentialLocations, credentialErrors, Skipped,
            UpdateExistingProviders)
        {
            ProviderIdentifiers = ProviderIdentifiers,
        };

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
