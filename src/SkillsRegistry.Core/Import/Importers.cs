using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Crosswalk;
using SkillsRegistry.Core.Import.Demand;
using SkillsRegistry.Core.Import.Esco;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Import.Onet;

namespace SkillsRegistry.Core.Import;

/// <summary>Runs the importer of a format.</summary>
public static class Importers
{
    public static Task<ImportReport> RunAsync(ImportFormat format, RegistryDbContext db, string path,
        IProgress<ImportProgress>? progress, TimeProvider? time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Contexts from the registry's factory do not track queries by default; importers update what they read.
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        return Run(format, db, path, progress, time, cancellationToken);
    }

    /// <summary>The credential file format behind an import format, or null for the taxonomy, crosswalk and demand sources.</summary>
    public static CredentialFileFormat? CredentialFormatOf(ImportFormat format) => format switch
    {
        ImportFormat.Catalogue => CredentialFileFormat.Catalogue,
        ImportFormat.Ctdl => CredentialFileFormat.Ctdl,
        ImportFormat.OpenBadges => CredentialFileFormat.OpenBadges,
        ImportFormat.Elm => CredentialFileFormat.Elm,
        ImportFormat.Csv => CredentialFileFormat.Csv,
        _ => null,
    };

    /// <summary>Imports one credential file from disk (dry run and provider scope as in <paramref name="options"/>).</summary>
    public static async Task<ImportReport> RunFileAsync(CredentialFileFormat format, RegistryDbContext db, string path, CredentialImportOptions options,
        IProgress<ImportProgress>? progress, TimeProvider? time, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ImportFormatException($"File not found: {path}");
        }
        await using var stream = File.OpenRead(path);
        return await new CredentialFileImporter(time ?? TimeProvider.System)
            .ImportAsync(db, format, stream, Path.GetFileName(path), options, progress, cancellationToken);
    }

    private static Task<ImportReport> Run(ImportFormat format, RegistryDbContext db, string path,
        IProgress<ImportProgress>? progress, TimeProvider? time, CancellationToken cancellationToken) => format switch
        {
            ImportFormat.Esco => new EscoImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Onet => new OnetImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Crosswalk => new CrosswalkImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Demand => new DemandImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Catalogue => new CatalogueImporter(time ?? TimeProvider.System).ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Ctdl or ImportFormat.OpenBadges or ImportFormat.Elm or ImportFormat.Csv =>
                RunFileAsync(CredentialFormatOf(format)!.Value, db, path, new CredentialImportOptions(), progress, time, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format."),
        };
}
