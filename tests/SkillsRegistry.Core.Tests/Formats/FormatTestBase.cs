using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>Each test gets its own copy of the database seeded with the catalogue's competencies, and a fixed clock.</summary>
public abstract class FormatTestBase(CatalogueDatabaseFixture fixture) : CatalogueImporterTestBase(fixture)
{
    public static string FixturePath(string name) =>
        Path.Combine(CatalogueFiles.RepositoryRoot, "tests", "SkillsRegistry.Core.Tests", "Formats", "fixtures", name);

    protected async Task<ImportReport> ImportFileAsync(CredentialFileFormat format, string fixture, CredentialImportOptions? options = null,
        string? database = null)
    {
        var path = File.Exists(fixture) ? fixture : FixturePath(fixture);
        await using var db = CatalogueDatabaseFixture.Open(database ?? Database);
        await using var stream = File.OpenRead(path);
        return await new CredentialFileImporter(Clock).ImportAsync(db, format, stream, Path.GetFileName(path), options ?? new CredentialImportOptions(),
            progress: null, CancellationToken.None);
    }

    protected async Task<ImportReport> ImportTextAsync(CredentialFileFormat format, string name, string text, CredentialImportOptions? options = null)
    {
        await using var db = CatalogueDatabaseFixture.Open(Database);
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await new CredentialFileImporter(Clock).ImportAsync(db, format, stream, name, options ?? new CredentialImportOptions(), null,
            CancellationToken.None);
    }

    protected async Task<List<Credential>> CredentialsAsync(string? database = null)
    {
        await using var db = CatalogueDatabaseFixture.Open(database ?? Database);
        return await db.Credentials.AsNoTracking()
            .Include(c => c.Provider)
            .Include(c => c.Alignments).ThenInclude(a => a.Competency).ThenInclude(c => c.Framework)
            .Include(c => c.PartOf).ThenInclude(p => p.Whole).ThenInclude(w => w.Provider)
            .AsSplitQuery()
            .OrderBy(c => c.Id)
            .ToListAsync();
    }

    protected static RejectedRow Rejected(ImportReport report, string location) =>
        Assert.Single(report.Rejected, r => r.Location == location);

    protected async Task<Provider> AddProviderAsync(string name, string country, params string[] identifiers)
    {
        await using var db = CatalogueDatabaseFixture.Open(Database);
        var provider = new Provider { Name = name, Country = country, Identifiers = [.. identifiers] };
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        return provider;
    }
}
