using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import.Catalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>
/// How an import finds the stored credentials a file names. A file of a bulk catalogue names thousands of providers;
/// looking its external ids up under "provider in (…) and external id in (…)" made SQLite walk every credential of those
/// providers per chunk, so each file of a large import took longer than the one before.
/// </summary>
public sealed class ExistingCredentialLookupTests(CatalogueDatabaseFixture fixture)
    : CatalogueImporterTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task The_lookup_of_a_files_external_ids_seeks_the_external_id_index_instead_of_walking_providers()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var recorder = new CommandRecorder();
        await using (var db = recorder.Open(Database))
        {
            await new CatalogueImporter(Clock).ImportAsync(db, CatalogueFiles.ShippedCatalogue, progress: null, CancellationToken.None);
        }
        var lookup = Assert.Single(recorder.Commands, c => c.Text.Contains("\"ExternalId\" IN", StringComparison.Ordinal));

        var plan = await SqlitePlans.ExplainAsync(Database, lookup);

        Assert.Contains(plan, step => step.Contains("USING COVERING INDEX IX_Credentials_ExternalId (ExternalId=?)", StringComparison.Ordinal)
            || step.Contains("USING INDEX IX_Credentials_ExternalId (ExternalId=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("ProviderId=?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_external_id_another_provider_uses_is_a_new_credential_and_leaves_the_other_one_alone()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var catalogue = CatalogueFiles.LoadShipped();
        var first = catalogue["credentials"]![0]!;
        var otherProvider = catalogue["credentials"]!.AsArray().Select(c => (string)c!["provider"]!).First(p => p != (string)first["provider"]!);
        var path = CatalogueFiles.WriteVariant(Path.GetDirectoryName(Database)!, document =>
        {
            var copy = document["credentials"]![0]!.DeepClone();
            copy["provider"] = otherProvider;
            copy["title"] = "Same external id, other provider";
            copy["partOf"] = new JsonArray();
            document["credentials"] = new JsonArray(copy);
        });

        var report = await ImportAsync(path);

        Assert.Empty(report.Rejected);
        AssertCounts(report, "Credential", inserted: 1);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        var sameExternalId = await db.Credentials.Where(c => c.ExternalId == (string)first["externalId"]!)
            .Select(c => new { c.Provider.Name, c.Title, c.Version }).ToListAsync();
        Assert.Equal(2, sameExternalId.Count);
        Assert.Contains(sameExternalId, c => c.Name == (string)first["provider"]! && c.Title == (string)first["title"]! && c.Version == 1);
        Assert.Contains(sameExternalId, c => c.Name == otherProvider && c.Title == "Same external id, other provider");
    }
}
