using SkillsRegistry.Core.Import.Catalogue;

namespace SkillsRegistry.Core.Import.Formats;

/// <summary>
/// Collects what a format parser found: providers (first one of a name wins), credentials with their location and the
/// problems that reject them, and records deliberately skipped. <see cref="Build"/> hands it to the catalogue pipeline.
/// </summary>
internal sealed class ParsedFile(string fileName)
{
    private readonly List<CatalogueProvider?> _providers = [];
    private readonly List<RecordLocation> _providerLocations = [];
    private readonly HashSet<string> _providerNames = new(StringComparer.Ordinal);
    private readonly List<CatalogueCredential?> _credentials = [];
    private readonly List<RecordLocation> _credentialLocations = [];
    private readonly List<IReadOnlyList<string>> _errors = [];
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _identifiers = new(StringComparer.Ordinal);

    public string FileName { get; } = fileName;

    public IReadOnlyList<CatalogueCredential?> Credentials => _credentials;

    /// <summary>Adds a provider unless one of the same name is already in the file.</summary>
    public void AddProvider(CatalogueProvider provider, RecordLocation location)
    {
        Identify(provider.Name, provider.Identifiers ?? []);
        if (provider.Name is null || !_providerNames.Add(provider.Name))
        {
            return;
        }
        _providers.Add(provider);
        _providerLocations.Add(location);
    }

    /// <summary>Records identifiers the file gives for a provider it names (used to match a provider scope), even when it cannot create it.</summary>
    public void Identify(string? name, IEnumerable<string?> identifiers)
    {
        if (name is null)
        {
            return;
        }
        if (!_identifiers.TryGetValue(name, out var known))
        {
            _identifiers[name] = known = new HashSet<string>(StringComparer.Ordinal);
        }
        known.UnionWith(identifiers.OfType<string>());
    }

    public void AddCredential(CatalogueCredential credential, RecordLocation location, IReadOnlyList<string> errors)
    {
        _credentials.Add(credential);
        _credentialLocations.Add(location);
        _errors.Add(errors);
    }

    public void Skip(string reason) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;

    public CatalogueSource Build(bool updateExistingProviders) =>
        new(FileName, new CatalogueDocument(1, _providers, _credentials), _providerLocations, _credentialLocations, _errors, _skipped,
            updateExistingProviders)
        {
            ProviderIdentifiers = _identifiers.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value, StringComparer.Ordinal),
        };
}
