using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Onet;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Import;

public sealed class OnetImporterTests : IDisposable
{
    public const string Folder = "onet-29.3-computer-math";
    private readonly TestDatabase _database = new();
    private readonly SeedCopy _seed = new(Folder);

    // Counted from seed-data/onet-29.3-computer-math with an independent CSV reader.
    [Fact]
    public async Task Seed_slice_gives_the_exact_counts()
    {
        var report = await ImportAsync();

        await using var db = _database.CreateContext();
        Assert.Equal(39, await db.Occupations.CountAsync(o => o.Kind == OccupationKind.Occupation));
        Assert.Equal(35, await db.Competencies.CountAsync(c => c.Type == CompetencyType.SkillCompetence));
        Assert.Equal(33, await db.Competencies.CountAsync(c => c.Type == CompetencyType.Knowledge));
        // 105 commodities + 1,610 (commodity, example) pairs: 28 example names occur under two commodities.
        Assert.Equal(1715, await db.Competencies.CountAsync(c => c.Type == CompetencyType.Technology));
        Assert.Equal(178, await db.Competencies.CountAsync(c => c.IsHotTechnology));
        Assert.Equal(1610, await db.CompetencyHierarchy.CountAsync());
        // 2,040 rated (occupation, element) pairs + 6,392 technology uses.
        Assert.Equal(8432, await db.Requirements.CountAsync());
        Assert.Equal(541, await db.Requirements.CountAsync(r => r.IsInDemand));
        // 740 ratings with importance ≥ 3.0 + 541 in-demand technologies.
        Assert.Equal(1281, await db.Requirements.CountAsync(r => r.Relation == RequirementRelation.Essential));
        Assert.Equal(384, await db.Requirements.CountAsync(r => r.Importance != null && r.Level == null));
        // Recommend Suppress = Y: 13 level values in Skills.csv, 103 in Knowledge.csv.
        Assert.Equal(116, report.Rejected.Count);
        Assert.All(report.Rejected, r => Assert.StartsWith("Recommend Suppress = Y", r.Reason, StringComparison.Ordinal));
        Assert.Equal(13, report.Rejected.Count(r => r.File == "Skills.csv"));
    }

    [Fact]
    public async Task Occupation_ratings_and_technology_are_merged_per_occupation()
    {
        await ImportAsync();

        await using var db = _database.CreateContext();
        var analysts = await db.Occupations.SingleAsync(o => o.Code == "15-1211.00");
        Assert.Equal("15-1211", analysts.SocCode);
        Assert.Equal(OnetUris.Occupation("15-1211.00"), analysts.Uri);
        Assert.NotEmpty(analysts.AlternativeLabels);
        var thinking = await db.Requirements.Include(r => r.Competency)
            .SingleAsync(r => r.OccupationId == analysts.Id && r.Competency.Code == "2.A.2.a");
        Assert.Equal((3.75, 4.0, RequirementRelation.Essential), (thinking.Importance!.Value, thinking.Level!.Value, thinking.Relation));
        Assert.StartsWith("Using logic and reasoning", thinking.Competency.Description, StringComparison.Ordinal);
        var python = await db.Requirements.Include(r => r.Competency).ThenInclude(c => c.Broader).ThenInclude(b => b.Broader)
            .SingleAsync(r => r.OccupationId == analysts.Id && r.Competency.Uri == OnetUris.Technology("43232405", "Python"));
        Assert.True(python.IsInDemand && python.Competency.IsHotTechnology);
        Assert.Equal("Object or component oriented development software", Assert.Single(python.Competency.Broader).Broader.PreferredLabel);
    }

    [Fact]
    public async Task Re_import_of_the_same_files_changes_nothing()
    {
        await ImportAsync();
        await using var db = _database.CreateContext();
        var before = await ImportAssertions.RowCountsAsync(db);

        var report = await ImportAsync();

        ImportAssertions.AllUnchanged(report);
        Assert.Equal(8432, report.For(nameof(OccupationRequirement)).Unchanged);
        Assert.Equal(before, await ImportAssertions.RowCountsAsync(db));
    }

    [Fact]
    public async Task A_rating_with_a_bad_value_is_rejected_with_its_line_and_the_rest_imported()
    {
        // Line 2 of Skills.csv: 11-3021.00 Reading Comprehension, IM 4.
        _seed.ReplaceLine("Skills.csv", 2, l => l.Replace(",IM,Importance,4,", ",IM,Importance,nine,"));

        var report = await ImportAsync();

        var rejected = Assert.Single(report.Rejected, r => r.File == "Skills.csv" && r.Line == 2);
        Assert.Contains("'nine'", rejected.Reason, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        var reading = await db.Requirements.SingleAsync(r => r.Occupation.Code == "11-3021.00" && r.Competency.Code == "2.A.1.a");
        Assert.Null(reading.Importance);
        Assert.Equal(8432, await db.Requirements.CountAsync());
    }

    [Fact]
    public async Task A_missing_required_column_throws_before_anything_is_written()
    {
        _seed.RenameColumn("Technology_Skills.csv", "In Demand");
        await AssertFormatErrorLeavesDatabaseAsIs("In Demand");
    }

    [Fact]
    public async Task A_missing_file_throws_before_anything_is_written()
    {
        _seed.Delete("Knowledge.csv");
        await AssertFormatErrorLeavesDatabaseAsIs("Knowledge.csv");
    }

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var db = _database.CreateContext();
        return await new OnetImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None);
    }

    private Task AssertFormatErrorLeavesDatabaseAsIs(string expectedInMessage) => ImportAssertions.FormatErrorLeavesDatabaseAsIsAsync(
        _database, db => new OnetImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None), expectedInMessage);
}
