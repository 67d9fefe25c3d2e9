using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Tests.Catalogue;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>What every format shares: idempotency, dry runs, provider scopes, all-or-nothing.</summary>
public sealed class CredentialFileImporterTests(CatalogueDatabaseFixture fixture) : FormatTestBase(fixture), IClassFixture<CatalogueDatabaseFixture>
{
    public static TheoryData<CredentialFileFormat, string> Files => new()
    {
        { CredentialFileFormat.Ctdl, "ctdl-graph.json" },
        { CredentialFileFormat.OpenBadges, "openbadges.json" },
        { CredentialFileFormat.Elm, "Sample-MC-Annex1-unsigned.jsonld" },
        { CredentialFileFormat.Csv, "credentials.csv" },
        { CredentialFileFormat.Catalogue, CatalogueFiles.ShippedCatalogue },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Re_importing_a_file_changes_nothing(CredentialFileFormat format, string file)
    {
        var first = await ImportFileAsync(format, file);
        var rows = await RowCountsAsync();
        Clock.Now = Clock.Now.AddDays(1);

        var second = await ImportFileAsync(format, file);

        var inserted = first.For(CatalogueRun.CredentialEntity).Inserted;
        Assert.True(inserted > 0);
        AssertCounts(second, CatalogueRun.CredentialEntity, unchanged: inserted);
        Assert.Equal(0, second.For(CatalogueRun.AlignmentEntity).Inserted + second.For(CatalogueRun.AlignmentEntity).Updated);
        Assert.Equal(0, second.For(CatalogueRun.ProviderEntity).Inserted);
        Assert.Equal(rows, await RowCountsAsync());
        Assert.Equal(first.Rejected.Select(r => r.Reason), second.Rejected.Select(r => r.Reason));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_dry_run_writes_nothing_and_reports_what_the_real_run_does(CredentialFileFormat format, string file)
    {
        var dry = await ImportFileAsync(format, file, new CredentialImportOptions(DryRun: true));

        Assert.Equal((0, 0, 0, 0), await RowCountsAsync());
        var real = await ImportFileAsync(format, file);
        Assert.Equal(Summary(real), Summary(dry));
        Assert.Equal(real.Rejected, dry.Rejected);
        Assert.True(dry.For(CatalogueRun.CredentialEntity).Inserted > 0);
    }

    [Fact]
    public async Task A_provider_scope_imports_into_that_provider_and_rejects_records_of_others()
    {
        var scoped = await AddProviderAsync("Harbourside Digital Academy", "IE");

        var report = await ImportFileAsync(CredentialFileFormat.Csv, "credentials.csv", new CredentialImportOptions(ProviderScope: scoped.Id));

        Assert.Contains("belongs to another provider 'Nowhere Institute'", Rejected(report, "line 7").Reason, StringComparison.Ordinal);
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 2);
        Assert.Equal(0, report.For(CatalogueRun.ProviderEntity).Total);
        Assert.All(await CredentialsAsync(), c => Assert.Equal(scoped.Id, c.ProviderId));
        Assert.Equal(1, (await RowCountsAsync()).Item1);
    }

    [Fact]
    public async Task A_provider_scope_neither_creates_nor_changes_the_providers_a_file_describes()
    {
        var scoped = await AddProviderAsync("Scoped College", "FR", "https://badges.harbourside.example.edu/issuer");

        var report = await ImportFileAsync(CredentialFileFormat.OpenBadges, "openbadges.json", new CredentialImportOptions(ProviderScope: scoped.Id));

        // The file's creator carries the id the scoped provider is registered with, so its records are the scoped provider's.
        AssertCounts(report, CatalogueRun.CredentialEntity, inserted: 2);
        await using var db = CatalogueDatabaseFixture.Open(Database);
        var provider = Assert.Single(await db.Providers.ToListAsync());
        Assert.Equal(("Scoped College", "FR", null), (provider.Name, provider.Country, provider.Website));
    }

    [Fact]
    public async Task An_unknown_provider_scope_is_a_format_error()
    {
        var error = await Assert.ThrowsAsync<ImportFormatException>(() =>
            ImportFileAsync(CredentialFileFormat.Csv, "credentials.csv", new CredentialImportOptions(ProviderScope: 4242)));

        Assert.Contains("Provider 4242 does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_fails_part_way_leaves_the_database_as_it_was()
    {
        await ImportFileAsync(CredentialFileFormat.Csv, "credentials.csv");
        var before = await RowCountsAsync();
        await using (var connection = new SqliteConnection($"Data Source={Database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TRIGGER fail_on_pipelines BEFORE INSERT ON "Credentials"
                WHEN NEW."Title" = 'Build Pipelines' BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => ImportFileAsync(CredentialFileFormat.Ctdl, "ctdl-graph.json"));

        Assert.Equal(before, await RowCountsAsync());
    }

    private static List<string> Summary(ImportReport report) =>
        [.. report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}:{c.Value.Inserted}/{c.Value.Updated}/{c.Value.Unchanged}")];
}
