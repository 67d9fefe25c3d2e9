using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

public sealed class CtdlFormatTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    private const string SkillA = "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02";
    private const string SkillB = "http://data.europa.eu/esco/skill/00b9a3aa-7070-4bb5-8020-f228a97cf42f";
    private const string SkillC = "http://data.europa.eu/esco/skill/00c04e40-35ea-4ed1-824c-82f936c8f876";
    private const string Onet = "https://www.onetonline.org/find/descriptor/result/2.A.1.a";

    [Fact]
    public async Task Credentials_learning_opportunities_and_their_organization_are_imported()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Ctdl, "ctdl-graph.json");

        AssertCounts(report, CatalogueRun.ProviderEntity, inserted: 1);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 3);
        AssertCounts(report, CatalogueRun.PartEntity, inserted: 1);
        var credentials = await CredentialsAsync();
        var cloud = Assert.Single(credentials, c => c.ExternalId == "ce-0b7f1a22-6a43-4c3e-8d0a-1f2e3d4c5b01");
        Assert.Equal(("Cloud Security Essentials", CredentialType.MicroCredential, CredentialStatus.Published), (cloud.Title, cloud.Type, cloud.Status));
        Assert.Equal(cloud.ExternalId, cloud.Ctid);
        Assert.Equal(("Harbourside Digital Academy", "IE", "IE-D"), (cloud.Provider.Name, cloud.Provider.Country, cloud.Provider.Region));
        Assert.Contains("ce-5d3c4a10-0c8e-4f43-9a51-2f0b6c1d7e01", cloud.Provider.Identifiers);
        Assert.Equal((DeliveryMode.Online, 450m, "EUR"), (cloud.DeliveryMode, cloud.CostAmount, cloud.CostCurrency));
        Assert.Equal((56, 120m, 5m), (cloud.DurationDays, cloud.Hours, cloud.EctsCredits));
        Assert.Equal(["en"], cloud.Languages);
        Assert.Equal(["IE"], cloud.Regions);
        Assert.Equal(new DateOnly(2026, 1, 15), cloud.ValidFrom);
        Assert.Equal(
            [(SkillA, AlignmentType.Teaches, 0.8), (SkillB, AlignmentType.Teaches, 1.0), (Onet, AlignmentType.Assesses, 1.0)],
            cloud.Alignments.OrderBy(a => a.Competency.Uri, StringComparer.Ordinal).Select(a => (a.Competency.Uri, a.Type, a.Weight)));

        var program = Assert.Single(credentials, c => c.Title == "DevOps Practitioner Programme");
        Assert.Equal((CredentialType.Course, DeliveryMode.Blended), (program.Type, program.DeliveryMode));
        Assert.Equal((SkillC, AlignmentType.Assesses), (program.Alignments.Single().Competency.Uri, program.Alignments.Single().Type));
        var course = Assert.Single(credentials, c => c.Title == "Build Pipelines");
        Assert.Equal((350m, "USD", DeliveryMode.InPerson), (course.CostAmount, course.CostCurrency, course.DeliveryMode));
        Assert.Equal(program.Id, Assert.Single(course.PartOf).WholeId);
    }

    [Fact]
    public async Task Unmapped_values_and_missing_ctids_reject_their_record_with_its_json_pointer_and_line()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Ctdl, "ctdl-graph.json");

        var delivery = Rejected(report, "/@graph/4");
        Assert.Contains("ceterms:deliveryType 'deliveryType:CarrierPigeon' has no registry delivery mode", delivery.Reason, StringComparison.Ordinal);
        Assert.Equal(LineOf("ctdl-graph.json", "broken-delivery.json") - 1, delivery.Line);
        Assert.Contains("@type 'ceterms:License' has no registry credential type", Rejected(report, "/@graph/5").Reason, StringComparison.Ordinal);
        Assert.Contains("ceterms:ctid is missing", Rejected(report, "/@graph/8").Reason, StringComparison.Ordinal);
        var unknown = Rejected(report, "/@graph/1");
        Assert.Contains("unknown competency URI http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000", unknown.Reason, StringComparison.Ordinal);
        Assert.Equal(4, report.Rejected.Count);
        Assert.Equal(1, report.Skipped["CTDL ceasn:Competency node (not a credential)"]);
    }

    [Fact]
    public async Task An_organization_outside_the_file_is_an_unknown_provider_of_that_record()
    {
        var text = """
            { "@context": "https://credreg.net/ctdl/schema/context/json", "@type": "ceterms:Certificate",
              "ceterms:ctid": "ce-11111111-2222-4333-8444-555555555555", "ceterms:name": { "en-US": "Orphan" },
              "ceterms:ownedBy": ["https://elsewhere.example/org.json"] }
            """;

        var report = await ImportTextAsync(CredentialFileFormat.Ctdl, "orphan.json", text);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(("/", 1L), (rejected.Location, rejected.Line));
        Assert.Contains("unknown provider 'https://elsewhere.example/org.json'", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_outside_the_file_is_found_by_a_registry_providers_identifier()
    {
        var provider = await AddProviderAsync("Elsewhere University", "US", "https://elsewhere.example/org.json");
        var text = """
            { "@context": "https://credreg.net/ctdl/schema/context/json", "@type": "ceterms:Certificate",
              "ceterms:ctid": "ce-11111111-2222-4333-8444-555555555555", "ceterms:name": { "en-US": "Orphan" },
              "ceterms:ownedBy": ["https://elsewhere.example/org.json"] }
            """;

        var report = await ImportTextAsync(CredentialFileFormat.Ctdl, "orphan.json", text);

        Assert.Empty(report.Rejected);
        Assert.Equal(provider.Id, Assert.Single(await CredentialsAsync()).ProviderId);
    }

    [Fact]
    public async Task Malformed_json_is_a_format_error_and_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportTextAsync(CredentialFileFormat.Ctdl, "bad.json", "{ \"@graph\": [\n  { \"ceterms:ctid\": oops } ] }"));

        Assert.Contains("bad.json: malformed JSON at line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
    }

    internal static long LineOf(string fixture, string text) =>
        File.ReadLines(FixturePath(fixture)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
