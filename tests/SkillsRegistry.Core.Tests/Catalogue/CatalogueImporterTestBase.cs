using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>Each test gets its own copy of the seeded database and a clock it controls.</summary>
public abstract class CatalogueImporterTestBase(CatalogueDatabaseFixture fixture)
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected CatalogueDatabaseFixture Fixture { get; } = fixture;
    protected FixedTimeProvider Clock { get; } = new(Start);
    protected string Database { get; } = fixture.NewDatabase();

    protected async Task<ImportReport> ImportAsync(string path)
    {
        await using var db = CatalogueDatabaseFixture.Open(Database);
        return await new CatalogueImporter(Clock).ImportAsync(db, path, progress: null, CancellationToken.None);
    }

    protected async Task<(int, int, int, int)> RowCountsAsync()
    {
        await using var db = CatalogueDatabaseFixture.Open(Database);
        return (await db.Providers.CountAsync(), await db.Credentials.CountAsync(),
            await db.Alignments.CountAsync(), await db.CredentialParts.CountAsync());
    }

    protected static (string ExternalId, int Alignments) Credential(JsonNode catalogue, int index)
    {
        var credential = catalogue["credentials"]![index]!;
        return ((string)credential["externalId"]!, credential["alignments"]!.AsArray().Count);
    }

    protected static void AssertCounts(ImportReport report, string entity, int inserted = 0, int updated = 0, int unchanged = 0)
    {
        var counts = report.For(entity);
        Assert.Equal((inserted, updated, unchanged), (counts.Inserted, counts.Updated, counts.Unchanged));
    }
}
