using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

public sealed class ElmFormatTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task The_eu_micro_credential_sample_maps_its_annex_one_elements()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Elm, "Sample-MC-Annex1-unsigned.jsonld");

        AssertCounts(report, CatalogueRun.ProviderEntity, inserted: 1);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 1);
        var credential = Assert.Single(await CredentialsAsync());
        Assert.Equal(("urn:epass:qualification:1", "Digital micro-credential creation", CredentialType.MicroCredential),
            (credential.ExternalId, credential.Title, credential.Type));
        Assert.Equal((6, "RQF Level 6", 2m, 60m, 30), (credential.EqfLevel, credential.NqfLevel, credential.EctsCredits, credential.Hours, credential.DurationDays));
        Assert.Equal((DeliveryMode.Blended, CredentialStatus.Published), (credential.DeliveryMode, credential.Status));
        Assert.Equal(["en"], credential.Languages);
        Assert.Equal(["Communication, collaboration and creativity", "Developing digital content"], credential.LearningOutcomes);
        Assert.StartsWith("The learner needs to have an EDC Online Credential Builder account", credential.Prerequisites, StringComparison.Ordinal);
        Assert.Equal(("University of Zed", "IE", "https://uniz.edu"), (credential.Provider.Name, credential.Provider.Country, credential.Provider.Website));
        // Its four ESCO skills and two DigComp concepts are not in the test database: each is reported, the credential kept.
        var unknown = report.Rejected.Where(r => r.Reason.Contains("unknown competency URI", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, unknown.Count);
        Assert.All(unknown, r => Assert.Equal("/credentialSubject/hasClaim", r.Location));
        Assert.Contains(unknown, r => r.Reason.Contains("http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_certificate_of_participation_is_a_certificate_keyed_by_its_activity_specification()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Elm, "Sample-CertOfPart-unsigned.jsonld");

        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 1);
        var credential = Assert.Single(await CredentialsAsync());
        Assert.Equal(("urn:epass:learningActivitySpec:1", CredentialType.Certificate), (credential.ExternalId, credential.Type));
    }

    [Fact]
    public async Task An_unknown_mode_or_eqf_concept_rejects_the_record()
    {
        var text = File.ReadAllText(FixturePath("Sample-MC-Annex1-unsigned.jsonld"))
            .Replace("\"prefLabel\":{\"en\":\"Blended\"}", "\"prefLabel\":{\"en\":\"Telepathic\"}", StringComparison.Ordinal)
            .Replace("http://data.europa.eu/snb/eqf/6", "http://example.org/levels/6", StringComparison.Ordinal);

        var report = await ImportTextAsync(CredentialFileFormat.Elm, "edited.jsonld", text);

        var rejected = Rejected(report, "/credentialSubject/hasClaim");
        Assert.Contains("mode 'Telepathic' has no registry delivery mode", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("eqfLevel 'http://example.org/levels/6' is not an EQF level concept", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(0, (await RowCountsAsync()).Item2);
    }
}
