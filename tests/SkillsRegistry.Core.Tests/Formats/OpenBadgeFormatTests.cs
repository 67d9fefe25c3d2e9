using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

public sealed class OpenBadgeFormatTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task Achievements_and_badge_credentials_are_imported_with_their_creator_and_alignments()
    {
        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, "openbadges.json");

        AssertCounts(report, CatalogueRun.ProviderEntity, inserted: 1);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 2);
        var credentials = await CredentialsAsync();
        var cloud = Assert.Single(credentials, c => c.ExternalId == "https://badges.harbourside.example.edu/achievements/cloud-101");
        Assert.Equal((CredentialType.MicroCredential, "Cloud Foundations", cloud.ExternalId), (cloud.Type, cloud.Title, cloud.OpenBadgeId));
        Assert.Equal(["en"], cloud.Languages);
        Assert.Equal(("Harbourside Digital Academy", "IE", "https://harbourside.example.edu/"),
            (cloud.Provider.Name, cloud.Provider.Country, cloud.Provider.Website));
        Assert.Equal(
            ["http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02", "http://data.europa.eu/esco/skill/00b9a3aa-7070-4bb5-8020-f228a97cf42f"],
            cloud.Alignments.Select(a => a.Competency.Uri).Order(StringComparer.Ordinal));
        Assert.All(cloud.Alignments, a => Assert.Equal(AlignmentType.Teaches, a.Type));
        var data = Assert.Single(credentials, c => c.ExternalId == "https://badges.harbourside.example.edu/achievements/data-201");
        Assert.Equal(CredentialType.Certificate, data.Type);
    }

    [Fact]
    public async Task Records_that_cannot_be_mapped_are_rejected_with_their_location()
    {
        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, "openbadges.json");

        Assert.Contains("achievementType 'Membership' has no registry credential type", Rejected(report, "/2").Reason, StringComparison.Ordinal);
        Assert.Contains("neither an Achievement nor an OpenBadgeCredential", Rejected(report, "/3").Reason, StringComparison.Ordinal);
        Assert.Contains("alignments[2] skipped (credential kept): competencyUri is missing", Rejected(report, "/0").Reason, StringComparison.Ordinal);
        Assert.Equal(CtdlFormatTests.LineOf("openbadges.json", "club") - 1, Rejected(report, "/2").Line);
        Assert.Equal(3, report.Rejected.Count);
    }

    [Fact]
    public async Task The_mit_learn_certificate_names_an_issuer_the_registry_does_not_know()
    {
        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, "mitlearn_courseCertificate.json");

        var rejected = Rejected(report, "/credentialSubject/achievement");
        Assert.Contains("unknown provider 'MIT Learn'", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
    }

    [Theory]
    [InlineData("mitlearn_moduleCertificate.json")]
    [InlineData("mitlearn_programCertificate.json")]
    public async Task The_mit_learn_module_and_program_certificates_are_learning_opportunities(string file)
    {
        var provider = await AddProviderAsync("MIT Learn", "US");

        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, file);

        Assert.Empty(report.Rejected);
        var credential = Assert.Single(await CredentialsAsync());
        Assert.Equal((CredentialType.Course, provider.Id), (credential.Type, credential.ProviderId));
    }

    [Fact]
    public async Task Within_a_provider_scope_the_mit_learn_certificate_is_matched_by_the_issuer_id()
    {
        var provider = await AddProviderAsync("MIT Learn (registry name)", "US", "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q");

        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, "mitlearn_courseCertificate.json", new CredentialImportOptions(ProviderScope: provider.Id));

        Assert.Empty(report.Rejected);
        var credential = Assert.Single(await CredentialsAsync());
        Assert.Equal(("https://something.org/theCourse", CredentialType.Course, "Foundations of Universal AI", provider.Id),
            (credential.ExternalId, credential.Type, credential.Title, credential.ProviderId));
    }
}
