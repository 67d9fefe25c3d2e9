using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

public sealed class CsvFormatTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    [Fact]
    public async Task Template_rows_become_credentials_with_lists_alignments_and_stackability()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Csv, "credentials.csv");

        AssertCounts(report, CatalogueRun.ProviderEntity, inserted: 1);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 2);
        AssertCounts(report, CatalogueRun.PartEntity, inserted: 1);
        var credentials = await CredentialsAsync();
        var first = Assert.Single(credentials, c => c.ExternalId == "hda-csv-001");
        Assert.Equal(("Secure coding practice,\nover two lines", CredentialType.MicroCredential, CredentialStatus.Published),
            (first.Description, first.Type, first.Status));
        Assert.Equal((5, 4m, 100m, 42), (first.EqfLevel, first.EctsCredits, first.Hours, first.DurationDays));
        Assert.Equal(["en", "ga"], first.Languages);
        Assert.Equal(["IE", "IE-D"], first.Regions);
        Assert.Equal((DeliveryMode.Online, AssessmentType.Exam, 390m, "EUR"), (first.DeliveryMode, first.AssessmentType, first.CostAmount, first.CostCurrency));
        Assert.Equal(["Write safe code", "Review code for flaws"], first.LearningOutcomes);
        Assert.Equal(new DateOnly(2026, 2, 1), first.ValidFrom);
        Assert.Equal(
            [AlignmentType.Teaches, AlignmentType.Assesses, AlignmentType.Requires],
            first.Alignments.OrderBy(a => a.Competency.Uri, StringComparer.Ordinal).Select(a => a.Type));
        var second = Assert.Single(credentials, c => c.ExternalId == "hda-csv-002");
        Assert.Equal((CredentialStatus.Draft, 120.50m), (second.Status, second.CostAmount));
        Assert.Equal(first.Id, Assert.Single(second.PartOf).WholeId);
    }

    [Fact]
    public async Task Bad_rows_are_rejected_with_their_line()
    {
        var report = await ImportFileAsync(CredentialFileFormat.Csv, "credentials.csv");

        Assert.Equal(3, report.Rejected.Count);
        Assert.Contains("eqfLevel 'six' is not a whole number", Rejected(report, "line 5").Reason, StringComparison.Ordinal);
        Assert.Contains("type 'Nanodegree' is not one of MicroCredential", Rejected(report, "line 6").Reason, StringComparison.Ordinal);
        Assert.Contains("unknown provider 'Nowhere Institute'", Rejected(report, "line 7").Reason, StringComparison.Ordinal);
        Assert.Equal(7, Rejected(report, "line 7").Line);
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_a_format_error()
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportTextAsync(CredentialFileFormat.Csv, "short.csv", "externalId,provider,title\nx,y,z\n"));

        Assert.Contains("lacks required column(s): type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_template_and_sample_have_the_documented_columns()
    {
        var templates = Path.Combine(CatalogueFiles.RepositoryRoot, "seed-data", "templates");
        var header = File.ReadLines(Path.Combine(templates, "credentials-template.csv")).First().Split(',');
        Assert.Equal(SkillsRegistry.Core.Import.Formats.Csv.CsvCredentialParser.Columns, header);
        Assert.Equal(header, File.ReadLines(Path.Combine(templates, "credentials-sample.csv")).First().Split(','));

        var report = await ImportFileAsync(CredentialFileFormat.Csv, Path.Combine(templates, "credentials-sample.csv"));

        Assert.Empty(report.Rejected);
        Assert.True(report.For(CatalogueRun.CredentialEntity).Inserted >= 2);
    }
}
