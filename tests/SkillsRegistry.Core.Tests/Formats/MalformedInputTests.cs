using System.Text;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>The smallest files that once escaped as an unexpected exception (found by <see cref="ImportFuzzTests"/>).</summary>
public sealed class MalformedInputTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    private const string CtdlCertificate = """
        { "@type": "ceterms:Certificate", "ceterms:ctid": "ce-0b7f1a22-6a43-4c3e-8d0a-1f2e3d4c5b99", "ceterms:name": "Fuzzed",
          "ceterms:ownedBy": { "@id": "https://fuzz.example/org", "ceterms:name": "Fuzz Academy",
            "ceterms:address": { "ceterms:addressCountry": "IE" } }, PROPERTY }
        """;

    [Fact]
    public async Task Invalid_utf8_inside_a_json_string_is_a_format_error()
    {
        var bytes = Encoding.UTF8.GetBytes(CtdlCertificate.Replace("PROPERTY", "\"ceterms:description\": \"caf#\"", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => ImportBytesAsync(CredentialFileFormat.Ctdl, bytes));

        Assert.Contains("unreadable text at line 3", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
    }

    [Theory]
    [InlineData(CredentialFileFormat.OpenBadges, """{ "type": "Achievement", "id": "urn:x", "name": "\ud800" }""")]
    [InlineData(CredentialFileFormat.Elm, """{ "credentialSubject": { "hasClaim": { "type": "LearningAchievement", "title": "\udfff\ud800" } } }""")]
    public async Task An_escaped_lone_surrogate_is_a_format_error(CredentialFileFormat format, string json)
    {
        await Assert.ThrowsAsync<ImportFormatException>(() => ImportTextAsync(format, "surrogate.json", json));

        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
    }

    [Fact]
    public async Task A_csv_file_ending_inside_a_quoted_field_is_a_format_error()
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportTextAsync(CredentialFileFormat.Csv, "open.csv", "externalId,title,type,providerCountry,provider\nx-1,\"Never closed,badge,IE,Fuzz"));

        Assert.Contains("not valid CSV", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
    }

    [Theory]
    [InlineData("eqfLevel")]
    [InlineData("durationDays")]
    public async Task A_whole_number_beyond_int32_in_csv_rejects_the_record(string column)
    {
        var report = await ImportTextAsync(CredentialFileFormat.Csv, "big.csv",
            $"externalId,title,type,provider,providerCountry,{column}\nx-1,Big,Badge,Fuzz Academy,IE,99999999999\n");

        Assert.Contains($"{column} '99999999999' is not a whole number", Rejected(report, "line 2").Reason, StringComparison.Ordinal);
        Assert.Equal(0, (await RowCountsAsync()).Item2);
    }

    [Fact]
    public async Task A_duration_in_weeks_beyond_timespan_rejects_the_record()
    {
        var report = await ImportTextAsync(CredentialFileFormat.Ctdl, "weeks.json", CtdlCertificate.Replace("PROPERTY",
            "\"ceterms:estimatedDuration\": { \"ceterms:exactDuration\": \"P306783379W\" }", StringComparison.Ordinal));

        Assert.Contains("ceterms:exactDuration 'P306783379W' is too long", Rejected(report, "/").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Costs_adding_up_beyond_decimal_reject_the_record()
    {
        var report = await ImportTextAsync(CredentialFileFormat.Ctdl, "cost.json", CtdlCertificate.Replace("PROPERTY", """
            "ceterms:estimatedCost": [
              { "ceterms:price": 79228162514264337593543950335, "ceterms:currency": "EUR" },
              { "ceterms:price": 1, "ceterms:currency": "EUR" } ]
            """, StringComparison.Ordinal));

        Assert.Contains("ceterms:estimatedCost adds up to more than the registry can store", Rejected(report, "/").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alignment_weight_beyond_double_is_reported_not_thrown()
    {
        var report = await ImportTextAsync(CredentialFileFormat.Ctdl, "weight.json", CtdlCertificate.Replace("PROPERTY", """
            "ceterms:teaches": { "ceterms:targetNode": "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02", "ceterms:weight": 1e400 }
            """, StringComparison.Ordinal));

        Assert.Single(await CredentialsAsync());
        Assert.Contains(report.Rejected, r => r.Reason.Contains("alignments[0] skipped", StringComparison.Ordinal));
    }

    private async Task<ImportReport> ImportBytesAsync(CredentialFileFormat format, byte[] bytes)
    {
        await using var db = CatalogueDatabaseFixture.Open(Database);
        return await new CredentialFileImporter(Clock).ImportAsync(db, format, new MemoryStream(bytes), "bytes.json", new CredentialImportOptions(), null,
            CancellationToken.None);
    }
}
