using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Crosswalk;
using SkillsRegistry.Core.Import.Demand;
using SkillsRegistry.Core.Import.Esco;
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

    private static Task<ImportReport> Run(ImportFormat format, RegistryDbContext db, string path,
        IProgress<ImportProgress>? progress, TimeProvider? time, CancellationToken cancellationToken) => format switch
        {
            ImportFormat.Esco => new EscoImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Onet => new OnetImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Crosswalk => new CrosswalkImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Demand => new DemandImporter().ImportAsync(db, path, progress, cancellationToken),
            ImportFormat.Catalogue => new CatalogueImporter(time ?? TimeProvider.System).ImportAsync(db, path, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format."),
        };
}
