using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>
/// Migrates a SQLite template once and seeds it with a competency for every URI the catalogue uses (so these tests do
/// not depend on the ESCO/O*NET importers); each test gets its own copy of the file.
/// </summary>
public sealed class CatalogueDatabaseFixture : IDisposable
{
    public const string OnetPrefix = "https://www.onetonline.org/";

    private readonly string _template;

    public CatalogueDatabaseFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("catalogue-tests-").FullName;
        _template = Path.Combine(Directory, "template.db");
        using var db = Open(_template);
        db.Database.Migrate();
        Seed(db);
    }

    public string Directory { get; }

    /// <summary>A fresh copy of the seeded template; returns its path.</summary>
    public string NewDatabase()
    {
        var path = Path.Combine(Directory, $"{Guid.NewGuid():N}.db");
        File.Copy(_template, path);
        return path;
    }

    public static RegistryDbContext Open(string path) =>
        new SqliteRegistryDbContext(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False").Options);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Seed(RegistryDbContext db)
    {
        var esco = Framework("esco-1.1.1", "ESCO", "European Commission", "1.1.1");
        var onet = Framework("onet-29.3", "O*NET", "USDOL/ETA", "29.3");
        db.Frameworks.AddRange(esco, onet);
        foreach (var uri in CatalogueFiles.CompetencyUris())
        {
            db.Competencies.Add(new Competency
            {
                Framework = uri.StartsWith(OnetPrefix, StringComparison.Ordinal) ? onet : esco,
                Uri = uri,
                PreferredLabel = uri[(uri.LastIndexOf('/') + 1)..],
                Type = CompetencyType.SkillCompetence,
            });
        }
        db.SaveChanges();
    }

    internal static CompetencyFramework Framework(string key, string name, string publisher, string version) =>
        new() { Key = key, Name = name, Publisher = publisher, Version = version };
}
