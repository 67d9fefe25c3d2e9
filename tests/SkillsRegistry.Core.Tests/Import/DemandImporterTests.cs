using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Demand;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Import;

public sealed class DemandImporterTests : IDisposable
{
    private const string File = DemandImporter.FileName;
    private readonly TestDatabase _database = new();
    private readonly SeedCopy _seed = new("bls-employment-projections-2024-34");

    // Counted from seed-data/bls-employment-projections-2024-34 table 1.2 with an independent CSV reader.
    [Fact]
    public async Task Line_items_are_stored_and_summary_rows_skipped()
    {
        var report = await ImportAsync();

        Assert.Equal(832, report.For(nameof(OccupationDemand)).Inserted);
        Assert.Equal(281, report.Skipped[DemandImporter.SummarySkipped]);
        Assert.Empty(report.Rejected);
        await using var db = _database.CreateContext();
        Assert.Equal(832, await db.Demand.CountAsync());
        Assert.Equal(6, await db.Demand.CountAsync(d => d.MedianAnnualWage == null));
        Assert.Equal(239200, (await db.Demand.SingleAsync(d => d.SocCode == "29-1022")).MedianAnnualWage);
    }

    [Fact]
    public async Task Figures_in_thousands_are_stored_in_persons()
    {
        await ImportAsync();

        await using var db = _database.CreateContext();
        var developers = await db.Demand.SingleAsync(d => d.SocCode == "15-1252");
        Assert.Equal(("Software developers", "US", "2024-34"), (developers.Title, developers.Region, developers.Period));
        Assert.Equal((1_693_800d, 1_961_400d, 15.8, 115_200d, 133_080d),
            (developers.Employment!.Value, developers.ProjectedEmployment!.Value, developers.GrowthPercent!.Value,
             developers.AnnualOpenings!.Value, developers.MedianAnnualWage!.Value));
    }

    [Fact]
    public async Task Re_import_of_the_same_file_changes_nothing()
    {
        await ImportAsync();
        var report = await ImportAsync();
        ImportAssertions.AllUnchanged(report);
        Assert.Equal(832, report.For(nameof(OccupationDemand)).Unchanged);
    }

    [Fact]
    public async Task A_row_with_a_bad_number_is_rejected_with_its_line_and_the_rest_imported()
    {
        _seed.ReplaceLine(File, 109, l => l.Replace(",1693.8,", ",lots,"));

        var report = await ImportAsync();

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((File, 109L), (rejected.File, rejected.Line));
        Assert.Contains("'lots'", rejected.Reason, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(831, await db.Demand.CountAsync());
    }

    [Fact]
    public async Task A_missing_required_column_throws_before_anything_is_written()
    {
        _seed.RenameColumn(File, "Occupation type");
        await AssertFormatErrorLeavesDatabaseAsIs("Occupation type");
    }

    [Fact]
    public async Task A_missing_file_throws_before_anything_is_written()
    {
        _seed.Delete(File);
        await AssertFormatErrorLeavesDatabaseAsIs(File);
    }

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var db = _database.CreateContext();
        return await new DemandImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None);
    }

    private Task AssertFormatErrorLeavesDatabaseAsIs(string expectedInMessage) => ImportAssertions.FormatErrorLeavesDatabaseAsIsAsync(
        _database, db => new DemandImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None), expectedInMessage);
}
