using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Tests.Catalogue.ShippedCatalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

public sealed class CatalogueImporterTests(CatalogueDatabaseFixture fixture) : IClassFixture<CatalogueDatabaseFixture>
{
    private static readonly DateTimeOffset _start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FixedTimeProvider _clock = new(_start);
    private readonly string _database = fixture.NewDatabase();

    [Fact]
    public async Task Shipped_catalogue_imports_with_the_expected_counts()
    {
        var report = await ImportAsync(CatalogueFiles.ShippedCatalogue);

        Assert.Empty(report.Rejected);
        AssertCounts(report, "Provider", inserted: Providers);
        AssertCounts(report, "Credential", inserted: Credentials);
        AssertCounts(report, "CredentialAlignment", inserted: Alignments);
        AssertCounts(report, "CredentialPart", inserted: Parts);
        Assert.Equal((Providers, Credentials, Alignments, Parts), await RowCountsAsync());
        await using var db = CatalogueDatabaseFixture.Open(_database);
        Assert.True(await db.Providers.CountAsync() >= 20);
        Assert.True(await db.Providers.Select(p => p.Country).Distinct().CountAsync() >= 5);
        Assert.True(await db.Credentials.CountAsync() >= 300);
        Assert.False(await db.CredentialParts.AnyAsync(p => p.Whole.ProviderId != p.Part.ProviderId || p.Whole.Type != CredentialType.Certificate));
    }

    [Fact]
    public async Task Reimport_changes_nothing()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        _clock.Now = _start.AddDays(1);

        var report = await ImportAsync(CatalogueFiles.ShippedCatalogue);

        Assert.Empty(report.Rejected);
        AssertCounts(report, "Provider", unchanged: Providers);
        AssertCounts(report, "Credential", unchanged: Credentials);
        AssertCounts(report, "CredentialAlignment", unchanged: Alignments);
        AssertCounts(report, "CredentialPart", unchanged: Parts);
        Assert.Equal((Providers, Credentials, Alignments, Parts), await RowCountsAsync());
        await using var db = CatalogueDatabaseFixture.Open(_database);
        Assert.False(await db.Credentials.AnyAsync(c => c.Version != 1));
    }

    [Fact]
    public async Task A_modified_credential_is_updated_to_version_2()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var (externalId, _) = Credential(CatalogueFiles.LoadShipped(), 5);
        var changed = CatalogueFiles.WriteVariant(fixture.Directory, doc => doc["credentials"]![5]!["title"] = "Renamed Micro-credential");
        _clock.Now = _start.AddDays(1);

        var report = await ImportAsync(changed);

        AssertCounts(report, "Credential", updated: 1, unchanged: Credentials - 1);
        await using var db = CatalogueDatabaseFixture.Open(_database);
        var credential = await db.Credentials.SingleAsync(c => c.ExternalId == externalId);
        Assert.Equal(("Renamed Micro-credential", 2), (credential.Title, credential.Version));
        Assert.Equal((_start, _start.AddDays(1)), (credential.CreatedAt, credential.UpdatedAt));
    }

    [Fact]
    public async Task A_changed_alignment_weight_updates_the_alignment_and_its_credential()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var changed = CatalogueFiles.WriteVariant(fixture.Directory, doc => doc["credentials"]![5]!["alignments"]![1]!["weight"] = 0.05);

        var report = await ImportAsync(changed);

        AssertCounts(report, "CredentialAlignment", updated: 1, unchanged: Alignments - 1);
        AssertCounts(report, "Credential", updated: 1, unchanged: Credentials - 1);
        await using var db = CatalogueDatabaseFixture.Open(_database);
        Assert.Equal(1, await db.Alignments.CountAsync(a => a.Weight == 0.05));
    }

    [Fact]
    public async Task An_unknown_competency_uri_is_reported_at_its_credential_and_the_rest_is_imported()
    {
        const string unknown = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000";
        var path = CatalogueFiles.WriteVariant(fixture.Directory,
            doc => doc["credentials"]![5]!["alignments"]![0]!["competencyUri"] = unknown);
        var (externalId, _) = Credential(CatalogueFiles.LoadShipped(), 5);

        var report = await ImportAsync(path);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(Path.GetFileName(path), rejected.File);
        Assert.Contains($"credentials[5] {externalId}", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(unknown, rejected.Reason, StringComparison.Ordinal);
        Assert.Contains($"\"externalId\": \"{externalId}\"", File.ReadLines(path).ElementAt((int)rejected.Line), StringComparison.Ordinal);
        Assert.Equal((Providers, Credentials, Alignments - 1, Parts), await RowCountsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_a_format_error_and_leaves_the_database_unchanged()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var path = Path.Combine(fixture.Directory, $"{Guid.NewGuid():N}.json");
        var lines = File.ReadAllLines(CatalogueFiles.ShippedCatalogue);
        File.WriteAllLines(path, [.. lines.Take(40), "    \"title\": oops,", .. lines.Skip(40)]);

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ImportAsync(path));

        Assert.Contains("line 41", error.Message, StringComparison.Ordinal);
        Assert.Equal((Providers, Credentials, Alignments, Parts), await RowCountsAsync());
    }

    [Theory]
    [InlineData("type", "Microcredential", "type 'Microcredential' is not one of MicroCredential, Certificate")]
    [InlineData("status", "published", "status 'published' is not one of Draft, Published, Retired")]
    [InlineData("title", null, "title is missing")]
    [InlineData("provider", "Nowhere College", "unknown provider 'Nowhere College'")]
    public async Task An_invalid_credential_is_rejected_whole_with_its_reason(string field, string? value, string reason)
    {
        var path = CatalogueFiles.WriteVariant(fixture.Directory, doc => doc["credentials"]![5]![field] = value);
        var (externalId, alignments) = Credential(CatalogueFiles.LoadShipped(), 5);

        var report = await ImportAsync(path);

        var rejected = Assert.Single(report.Rejected);
        Assert.Contains($"credentials[5] {externalId}: rejected", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.Equal((Providers, Credentials - 1, Alignments - alignments, Parts), await RowCountsAsync());
    }

    [Fact]
    public async Task An_alignment_uses_the_newest_framework_release_holding_its_uri()
    {
        var uri = (string)CatalogueFiles.LoadShipped()["credentials"]![5]!["alignments"]![0]!["competencyUri"]!;
        await using (var db = CatalogueDatabaseFixture.Open(_database))
        {
            foreach (var version in new[] { "1.2.0", "1.0.9" })
            {
                db.Competencies.Add(new Competency
                {
                    Framework = CatalogueDatabaseFixture.Framework($"esco-{version}", "ESCO", "European Commission", version),
                    Uri = uri,
                    PreferredLabel = version,
                });
            }
            await db.SaveChangesAsync();
        }

        await ImportAsync(CatalogueFiles.ShippedCatalogue);

        await using var check = CatalogueDatabaseFixture.Open(_database);
        var labels = await check.Alignments.Where(a => a.Competency.Uri == uri).Select(a => a.Competency.PreferredLabel).Distinct().ToListAsync();
        Assert.Equal(["1.2.0"], labels);
    }

    private async Task<ImportReport> ImportAsync(string path)
    {
        await using var db = CatalogueDatabaseFixture.Open(_database);
        return await new CatalogueImporter(_clock).ImportAsync(db, path, progress: null, CancellationToken.None);
    }

    private async Task<(int, int, int, int)> RowCountsAsync()
    {
        await using var db = CatalogueDatabaseFixture.Open(_database);
        return (await db.Providers.CountAsync(), await db.Credentials.CountAsync(),
            await db.Alignments.CountAsync(), await db.CredentialParts.CountAsync());
    }

    private static (string ExternalId, int Alignments) Credential(JsonNode catalogue, int index)
    {
        var credential = catalogue["credentials"]![index]!;
        return ((string)credential["externalId"]!, credential["alignments"]!.AsArray().Count);
    }

    private static void AssertCounts(ImportReport report, string entity, int inserted = 0, int updated = 0, int unchanged = 0)
    {
        var counts = report.For(entity);
        Assert.Equal((inserted, updated, unchanged), (counts.Inserted, counts.Updated, counts.Unchanged));
    }
}
