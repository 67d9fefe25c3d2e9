using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Tests.Catalogue.ShippedCatalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

public sealed class CatalogueImporterTests(CatalogueDatabaseFixture fixture)
    : CatalogueImporterTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
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
        await using var db = CatalogueDatabaseFixture.Open(Database);
        Assert.True(await db.Providers.CountAsync() >= 20);
        Assert.True(await db.Providers.Select(p => p.Country).Distinct().CountAsync() >= 5);
        Assert.True(await db.Credentials.CountAsync() >= 300);
        Assert.False(await db.CredentialParts.AnyAsync(p => p.Whole.ProviderId != p.Part.ProviderId || p.Whole.Type != CredentialType.Certificate));
    }

    [Fact]
    public async Task Reimport_changes_nothing()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        Clock.Now = Start.AddDays(1);

        var report = await ImportAsync(CatalogueFiles.ShippedCatalogue);

        Assert.Empty(report.Rejected);
        AssertCounts(report, "Provider", unchanged: Providers);
        AssertCounts(report, "Credential", unchanged: Credentials);
        AssertCounts(report, "CredentialAlignment", unchanged: Alignments);
        AssertCounts(report, "CredentialPart", unchanged: Parts);
        Assert.Equal((Providers, Credentials, Alignments, Parts), await RowCountsAsync());
        await using var db = CatalogueDatabaseFixture.Open(Database);
        Assert.False(await db.Credentials.AnyAsync(c => c.Version != 1));
    }

    [Fact]
    public async Task A_part_imported_later_stacks_into_a_whole_from_an_earlier_file()
    {
        static bool IsPart(System.Text.Json.Nodes.JsonNode? credential) => credential?["partOf"] is System.Text.Json.Nodes.JsonArray { Count: > 0 };
        var wholes = CatalogueFiles.WriteVariant(Fixture.Directory, doc => Keep(doc, c => !IsPart(c)));
        var parts = CatalogueFiles.WriteVariant(Fixture.Directory, doc => Keep(doc, IsPart));

        await ImportAsync(wholes);
        var report = await ImportAsync(parts);

        Assert.Empty(report.Rejected);
        Assert.Equal((Providers, Credentials, Alignments, Parts), await RowCountsAsync());
    }

    private static void Keep(System.Text.Json.Nodes.JsonNode doc, Func<System.Text.Json.Nodes.JsonNode?, bool> predicate)
    {
        var credentials = doc["credentials"]!.AsArray();
        foreach (var credential in credentials.Where(c => !predicate(c)).ToList())
            credentials.Remove(credential);
    }

    [Fact]
    public async Task A_modified_credential_is_updated_to_version_2()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var (externalId, _) = Credential(CatalogueFiles.LoadShipped(), 5);
        var changed = CatalogueFiles.WriteVariant(Fixture.Directory, doc => doc["credentials"]![5]!["title"] = "Renamed Micro-credential");
        Clock.Now = Start.AddDays(1);

        var report = await ImportAsync(changed);

        AssertCounts(report, "Credential", updated: 1, unchanged: Credentials - 1);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        var credential = await db.Credentials.SingleAsync(c => c.ExternalId == externalId);
        Assert.Equal(("Renamed Micro-credential", 2), (credential.Title, credential.Version));
        Assert.Equal((Start, Start.AddDays(1)), (credential.CreatedAt, credential.UpdatedAt));
    }

    [Fact]
    public async Task A_changed_alignment_weight_updates_the_alignment_and_its_credential()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var changed = CatalogueFiles.WriteVariant(Fixture.Directory, doc => doc["credentials"]![5]!["alignments"]![1]!["weight"] = 0.05);

        var report = await ImportAsync(changed);

        AssertCounts(report, "CredentialAlignment", updated: 1, unchanged: Alignments - 1);
        AssertCounts(report, "Credential", updated: 1, unchanged: Credentials - 1);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        Assert.Equal(1, await db.Alignments.CountAsync(a => a.Weight == 0.05));
    }

    [Fact]
    public async Task An_alignment_uses_the_newest_framework_release_holding_its_uri()
    {
        var uri = (string)CatalogueFiles.LoadShipped()["credentials"]![5]!["alignments"]![0]!["competencyUri"]!;
        await using (var db = CatalogueDatabaseFixture.Open(Database))
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

        await using var check = CatalogueDatabaseFixture.Open(Database);
        var labels = await check.Alignments.Where(a => a.Competency.Uri == uri).Select(a => a.Competency.PreferredLabel).Distinct().ToListAsync();
        Assert.Equal(["1.2.0"], labels);
    }
}
