using SkillsRegistry.Core.Import;
using static SkillsRegistry.Core.Tests.Catalogue.ShippedCatalogue;

namespace SkillsRegistry.Core.Tests.Catalogue;

public sealed class CatalogueImporterRejectionTests(CatalogueDatabaseFixture fixture)
    : CatalogueImporterTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task An_unknown_competency_uri_is_reported_at_its_credential_and_the_rest_is_imported()
    {
        const string unknown = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000";
        var path = CatalogueFiles.WriteVariant(Fixture.Directory,
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

    [Theory]
    [InlineData("9", "proficiencyLevel 9 is outside 0-8")]
    [InlineData("-0.5", "proficiencyLevel -0.5 is outside 0-8")]
    [InlineData("1e400", "proficiencyLevel Infinity is outside 0-8")]
    public async Task An_alignment_with_a_proficiency_level_outside_the_scale_is_skipped_with_its_reason(string level, string reason)
    {
        // Written as raw JSON: 1e400 reads as infinity, which the revision snapshot cannot serialise (the import used to throw).
        const string Placeholder = "proficiency-level-placeholder";
        var path = CatalogueFiles.WriteVariant(Fixture.Directory,
            doc => doc["credentials"]![5]!["alignments"]![0]!["proficiencyLevel"] = Placeholder);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace($"\"{Placeholder}\"", level, StringComparison.Ordinal));
        var (externalId, _) = Credential(CatalogueFiles.LoadShipped(), 5);

        var report = await ImportAsync(path);

        var rejected = Assert.Single(report.Rejected);
        Assert.Contains($"credentials[5] {externalId}: alignments[0] skipped (credential kept): {reason}", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal((Providers, Credentials, Alignments - 1, Parts), await RowCountsAsync());
    }

    [Fact]
    public async Task Malformed_json_is_a_format_error_and_leaves_theDatabase_unchanged()
    {
        await ImportAsync(CatalogueFiles.ShippedCatalogue);
        var path = Path.Combine(Fixture.Directory, $"{Guid.NewGuid():N}.json");
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
        var path = CatalogueFiles.WriteVariant(Fixture.Directory, doc => doc["credentials"]![5]![field] = value);
        var (externalId, alignments) = Credential(CatalogueFiles.LoadShipped(), 5);

        var report = await ImportAsync(path);

        var rejected = Assert.Single(report.Rejected);
        Assert.Contains($"credentials[5] {externalId}: rejected", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.Equal((Providers, Credentials - 1, Alignments - alignments, Parts), await RowCountsAsync());
    }
}
