using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Crosswalk;
using SkillsRegistry.Core.Import.Esco;
using SkillsRegistry.Core.Import.Onet;
using SkillsRegistry.Core.Model;
using MatchType = SkillsRegistry.Core.Model.MatchType;

namespace SkillsRegistry.Core.Tests.Import;

public sealed class CrosswalkImporterTests : IDisposable
{
    private const string File = CrosswalkImporter.FileName;
    private readonly TestDatabase _database = new();
    private readonly SeedCopy _seed = new("nesta-esco-onet-crosswalk");

    // Counted from seed-data/nesta-esco-onet-crosswalk: 1,680 rows (515 × 2.0, 1,100 × 1.0, 65 × 0.5).
    [Fact]
    public async Task Mappings_are_stored_by_uri_before_their_ends_are_imported()
    {
        var report = await ImportAsync();

        Assert.Equal(1680, report.For(nameof(ConceptMapping)).Inserted);
        Assert.Equal(1680, report.Unresolved[CrosswalkImporter.EscoUnresolved]);
        Assert.Equal(1680, report.Unresolved[CrosswalkImporter.OnetUnresolved]);
        await using var db = _database.CreateContext();
        Assert.Equal(515, await db.ConceptMappings.CountAsync(m => m.MatchType == MatchType.Exact && m.Confidence == 1.0));
        Assert.Equal(1100, await db.ConceptMappings.CountAsync(m => m.MatchType == MatchType.Close && m.Confidence == 0.5));
        Assert.Equal(65, await db.ConceptMappings.CountAsync(m => m.MatchType == MatchType.Broad && m.Confidence == 0.25));
        Assert.True(await db.ConceptMappings.AnyAsync(m => m.TargetUri == OnetUris.Occupation("11-1011.00")));
    }

    [Fact]
    public async Task Ends_present_in_the_database_are_resolved_and_the_rest_counted_per_reason()
    {
        await using (var db = _database.CreateContext())
        {
            await new EscoImporter().ImportAsync(db, RepositoryPaths.SeedData(EscoSeedFixture.Folder), null, CancellationToken.None);
            await new OnetImporter().ImportAsync(db, RepositoryPaths.SeedData(OnetImporterTests.Folder), null, CancellationToken.None);
        }

        var report = await ImportAsync();

        // 74 crosswalk rows name ICT-slice ESCO occupations; 9 name O*NET codes of the computer/math slice.
        Assert.Equal(1606, report.Unresolved[CrosswalkImporter.EscoUnresolved]);
        Assert.Equal(1671, report.Unresolved[CrosswalkImporter.OnetUnresolved]);
        Assert.Equal(1680, report.For(nameof(ConceptMapping)).Inserted);
    }

    [Fact]
    public async Task Re_import_changes_nothing()
    {
        await ImportAsync();
        var report = await ImportAsync();
        ImportAssertions.AllUnchanged(report);
        Assert.Equal(1680, report.For(nameof(ConceptMapping)).Unchanged);
    }

    [Fact]
    public async Task Rows_with_a_bad_confidence_or_an_empty_uri_are_rejected_with_their_lines()
    {
        _seed.ReplaceLine(File, 5, l => l.Replace(",1.0,http", ",3.0,http").Replace(",2.0,http", ",3.0,http").Replace(",0.5,http", ",3.0,http"));
        _seed.ReplaceLine(File, 9, l => l[..l.LastIndexOf(',')] + ",");

        var report = await ImportAsync();

        Assert.Equal([5L, 9L], report.Rejected.Select(r => r.Line));
        Assert.Contains("confidence '3.0'", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal("empty concept_uri or onet_code", report.Rejected[1].Reason);
        await using var db = _database.CreateContext();
        Assert.Equal(1678, await db.ConceptMappings.CountAsync());
    }

    [Fact]
    public async Task A_missing_required_column_throws_before_anything_is_written()
    {
        _seed.RenameColumn(File, "confidence");
        await AssertFormatErrorLeavesDatabaseAsIs("confidence");
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
        return await new CrosswalkImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None);
    }

    private Task AssertFormatErrorLeavesDatabaseAsIs(string expectedInMessage) => ImportAssertions.FormatErrorLeavesDatabaseAsIsAsync(
        _database, db => new CrosswalkImporter().ImportAsync(db, _seed.Directory, null, CancellationToken.None), expectedInMessage);
}
