using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats.Csv;
using SkillsRegistry.Core.Import.Formats.Ctdl;
using SkillsRegistry.Core.Import.Formats.Elm;
using SkillsRegistry.Core.Import.Formats.OpenBadges;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Formats;

/// <summary>
/// Imports a credential file in any <see cref="CredentialFileFormat"/>: the format's parser maps it into catalogue records
/// with their locations, then the catalogue pipeline validates and upserts them by (provider, external id) in one
/// transaction. A file that cannot be read at all throws <see cref="ImportFormatException"/> before anything is written.
/// </summary>
public sealed class CredentialFileImporter(TimeProvider time)
{
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    public async Task<ImportReport> ImportAsync(
        RegistryDbContext db,
        CredentialFileFormat format,
        Stream content,
        string sourceName,
        CredentialImportOptions options,
        IProgress<ImportProgress>? progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var source = Parse(format, sourceName, buffer.ToArray());
        progress?.Report(new ImportProgress($"{sourceName}: parsed", source.Credentials.Count, source.Credentials.Count));
        source = options.ProviderScope is { } providerId
            ? await ScopeAsync(db, source, providerId, ct)
            : await ResolveByIdentifierAsync(db, source, ct);
        return await CatalogueImporter.RunAsync(db, source, _time.GetUtcNow(), progress, options.DryRun, options.BulkInsert, ct);
    }

    internal static CatalogueSource Parse(CredentialFileFormat format, string sourceName, byte[] bytes) => format switch
    {
        CredentialFileFormat.Catalogue => CatalogueSource.FromJson(sourceName, bytes),
        CredentialFileFormat.Ctdl => CtdlParser.Parse(sourceName, bytes),
        CredentialFileFormat.OpenBadges => OpenBadgeParser.Parse(sourceName, bytes),
        CredentialFileFormat.Elm => ElmParser.Parse(sourceName, bytes),
        CredentialFileFormat.Csv => CsvCredentialParser.Parse(sourceName, bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown credential file format."),
    };

    /// <summary>
    /// A record may name its provider by a URI or CTID (a CTDL organization outside the file) or by a name the registry
    /// does not use: when that reference, or an identifier the file gives for it, is one of a registry provider's
    /// identifiers, the record is that provider's.
    /// </summary>
    private static async Task<CatalogueSource> ResolveByIdentifierAsync(RegistryDbContext db, CatalogueSource source, CancellationToken ct)
    {
        var described = source.Providers.Select(p => p?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var named = source.Credentials.Select(c => c?.Provider).OfType<string>().Where(n => !described.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0)
        {
            return source;
        }
        var known = await db.Providers.AsNoTracking().Where(p => named.Contains(p.Name)).Select(p => p.Name).ToListAsync(ct);
        var unresolved = named.Except(known, StringComparer.Ordinal).ToList();
        if (unresolved.Count == 0)
        {
            return source;
        }
        var registry = await db.Providers.AsNoTracking().Select(p => new { p.Name, p.Identifiers }).ToListAsync(ct);
        var byIdentifier = registry.SelectMany(p => p.Identifiers.Select(id => (id, p.Name)))
            .GroupBy(x => x.id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in unresolved)
        {
            var references = source.ProviderIdentifiers.GetValueOrDefault(name) ?? [];
            if (references.Prepend(name).FirstOrDefault(byIdentifier.ContainsKey) is { } match)
            {
                renamed[name] = byIdentifier[match];
            }
        }
        if (renamed.Count == 0)
        {
            return source;
        }
        var credentials = source.Credentials
            .Select(c => c?.Provider is { } n && renamed.TryGetValue(n, out var registered) ? c with { Provider = registered } : c)
            .ToList();
        return source.With(source.Providers, source.ProviderLocations, credentials, source.CredentialErrors);
    }

    /// <summary>
    /// Puts every record into the scoped provider: providers in the file are dropped (neither created nor changed), and a
    /// record that names another provider is rejected.
    /// </summary>
    private static async Task<CatalogueSource> ScopeAsync(RegistryDbContext db, CatalogueSource source, int providerId, CancellationToken ct)
    {
        var scoped = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct)
            ?? throw new ImportFormatException($"Provider {providerId} does not exist.");
        var identifiers = source.Providers.OfType<CatalogueProvider>().Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Identifiers ?? []).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (name, ids) in source.ProviderIdentifiers)
        {
            (identifiers.TryGetValue(name, out var known) ? known : identifiers[name] = new HashSet<string>(StringComparer.Ordinal)).UnionWith(ids);
        }
        var credentials = new List<CatalogueCredential?>(source.Credentials.Count);
        var errors = new List<IReadOnlyList<string>>(source.Credentials.Count);
        for (var i = 0; i < source.Credentials.Count; i++)
        {
            var credential = source.Credentials[i];
            var problems = new List<string>(source.ErrorsOf(i));
            if (credential?.Provider is { } named && !IsScoped(scoped, named, identifiers.GetValueOrDefault(named)))
            {
                problems.Add($"belongs to another provider '{named}' (this import is limited to '{scoped.Name}')");
            }
            credentials.Add(credential is null ? null : credential with { Provider = scoped.Name });
            errors.Add(problems);
        }
        return source.With([], [], credentials, errors);
    }

    /// <summary>The record names the scoped provider: by name, by one of its identifiers, or through an identifier the file gives for it.</summary>
    private static bool IsScoped(Provider scoped, string named, HashSet<string>? identifiers) =>
        string.Equals(named, scoped.Name, StringComparison.Ordinal)
        || scoped.Identifiers.Contains(named, StringComparer.Ordinal)
        || (identifiers ?? []).Any(id => scoped.Identifiers.Contains(id, StringComparer.Ordinal));
}
