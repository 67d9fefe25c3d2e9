using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Esco;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Import;

public sealed class EscoImporterFailureTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly SeedCopy _seed = new(EscoSeedFixture.Folder);

    [Fact]
    public async Task A_relation_with_an_unknown_type_is_rejected_with_its_line_and_the_rest_imported()
    {
        _seed.ReplaceLine("occupationSkillRelations.csv", 10, l => l.Replace(",essential,", ",mandatory,").Replace(",optional,", ",mandatory,"));

        var report = await ImportAsync();

        var rejected = Assert.Single(report.Rejected, r => r.File == "occupationSkillRelations.csv");
        Assert.Equal(10, rejected.Line);
        Assert.Equal("unknown relationType 'mandatory'", rejected.Reason);
        await using var db = _database.CreateContext();
        Assert.Equal(6056, await db.Requirements.CountAsync());
    }

    [Fact]
    public async Task A_file_that_breaks_off_part_way_fails_the_whole_import_and_leaves_the_database_as_it_was()
    {
        // The last file read: everything before it must be rolled back too.
        _seed.ReplaceLine("occupationSkillRelations.csv", 3000, l => l + ",\"unterminated");
        File.AppendAllText(_seed.PathOf("occupationSkillRelations.csv"), new string('x', 9 * 1024 * 1024));

        var error = await Assert.ThrowsAsync<ImportFormatException>(ImportAsync);

        Assert.Contains("occupationSkillRelations.csv", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Frameworks.CountAsync());
        Assert.Equal(0, await db.Competencies.CountAsync());
        Assert.Equal(0, await db.Requirements.CountAsync());
    }

    [Fact]
    public async Task Line_numbers_count_the_physical_lines_of_multi_line_records()
    {
        // XQuery starts on physical line 1650 of skills_en.csv, after many multi-line label fields.
        const string Record = "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/3f4dab51-572b-4e2c-85ef-3b4c3f7094e1,knowledge,";
        var line = Array.FindIndex(File.ReadAllLines(_seed.PathOf("skills_en.csv")), l => l.StartsWith(Record, StringComparison.Ordinal)) + 1;
        Assert.Equal(1650, line);
        _seed.ReplaceLine("skills_en.csv", line, l => l.Replace(",knowledge,", ",wisdom,"));

        var report = await ImportAsync();

        var rejected = Assert.Single(report.Rejected, r => r.File == "skills_en.csv");
        Assert.Equal(line, rejected.Line);
        Assert.Equal("unknown skillType 'wisdom'", rejected.Reason);
        await using var db = _database.CreateContext();
        Assert.Equal(1071, await db.Competencies.CountAsync(c => c.Type != CompetencyType.SkillGroup));
    }

    [Fact]
    public async Task An_occupation_with_a_second_broader_row_keeps_the_first_and_rejects_the_other()
    {
        var path = _seed.PathOf("broaderRelationsOccPillar.csv");
        var lines = File.ReadAllLines(path);
        File.AppendAllLines(path, [lines[1].Replace("/C2521", "/C2522")]);

        var report = await ImportAsync();

        var rejected = Assert.Single(report.Rejected, r => r.File == "broaderRelationsOccPillar.csv");
        Assert.Equal(lines.Length + 1, rejected.Line);
        Assert.Contains("only the first broader occupation is kept", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_row_is_reported_as_updated_on_re_import()
    {
        await ImportAsync();
        _seed.ReplaceLine("occupationSkillRelations.csv", 2, l => l.Replace(",essential,", ",optional,"));

        var report = await ImportAsync();

        Assert.Equal(1, report.For(nameof(OccupationRequirement)).Updated);
        Assert.Equal(6056, report.For(nameof(OccupationRequirement)).Unchanged);
        Assert.Equal(0, report.For(nameof(Competency)).Updated);
    }

    [Fact]
    public async Task A_missing_required_column_throws_before_anything_is_written()
    {
        _seed.RenameColumn("occupationSkillRelations.csv", "relationType");
        await AssertFormatErrorLeavesDatabaseAsIs("relationType");
    }

    [Fact]
    public async Task A_missing_file_throws_before_anything_is_written()
    {
        _seed.Delete("broaderRelationsOccPillar.csv");
        await AssertFormatErrorLeavesDatabaseAsIs("broaderRelationsOccPillar.csv");
    }

    [Fact]
    public async Task Cancellation_stops_the_import()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var db = _database.CreateContext();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new EscoImporter().ImportAsync(db, _seed.Directory, null, cancelled.Token));
        Assert.Equal(0, await db.Competencies.CountAsync());
    }

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var db = _database.CreateContext();
        return await new EscoImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None);
    }

    private Task AssertFormatErrorLeavesDatabaseAsIs(string expectedInMessage) => ImportAssertions.FormatErrorLeavesDatabaseAsIsAsync(
        _database, db => new EscoImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None), expectedInMessage);
}
