using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Import;

/// <summary>The licence-clean slices and the demonstration catalogue in <c>seed-data/</c>, imported in dependency order.</summary>
public static class SeedData
{
    private static readonly (ImportFormat Format, string Path)[] _sources =
    [
        (ImportFormat.Esco, "esco-v1.1.1-ict"),
        (ImportFormat.Onet, "onet-29.3-computer-math"),
        (ImportFormat.Crosswalk, Path.Combine("nesta-esco-onet-crosswalk", "esco_onet_crosswalk_Nov2020.csv")),
        (ImportFormat.Demand, Path.Combine("bls-employment-projections-2024-34", "table_1_2_occupational_projections_2024_34.csv")),
        (ImportFormat.Catalogue, Path.Combine("demo-catalogue", "catalogue.json")),
    ];

    /// <summary>True when the database holds no framework yet.</summary>
    public static async Task<bool> IsEmptyAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        !await db.Frameworks.AnyAsync(cancellationToken);

    /// <summary>Imports every seed source; the reports come back per format.</summary>
    public static async Task<IReadOnlyList<(ImportFormat Format, ImportReport Report)>> ImportAsync(
        RegistryDbContext db, string seedDirectory, IProgress<ImportProgress>? progress, TimeProvider? time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Directory.Exists(seedDirectory))
            throw new ImportFormatException($"Seed data folder not found: {seedDirectory}");
        var reports = new List<(ImportFormat, ImportReport)>();
        foreach (var (format, path) in _sources)
        {
            db.ChangeTracker.Clear();
            reports.Add((format, await Importers.RunAsync(format, db, Path.Combine(seedDirectory, path), progress, time, cancellationToken)));
        }
        return reports;
    }
}
