using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import.Esco;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Import;

public sealed class EscoImporterTests(EscoSeedFixture seed) : IClassFixture<EscoSeedFixture>
{
    // Counted from seed-data/esco-v1.1.1-ict with an independent CSV reader.
    private const string Haskell = "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02";

    [Fact]
    public async Task Seed_slice_gives_the_exact_counts()
    {
        await using var db = seed.Database.CreateContext();
        Assert.Equal(103, await db.Occupations.CountAsync(o => o.Kind == OccupationKind.Occupation));
        Assert.Equal(27, await db.Occupations.CountAsync(o => o.Kind == OccupationKind.Group));
        Assert.Equal(127, await db.Occupations.CountAsync(o => o.BroaderId != null));
        Assert.Equal(1072, await db.Competencies.CountAsync(c => c.Type != CompetencyType.SkillGroup));
        Assert.Equal(398, await db.Competencies.CountAsync(c => c.Type == CompetencyType.Knowledge));
        Assert.Equal(296, await db.Competencies.CountAsync(c => c.Type == CompetencyType.SkillGroup));
        Assert.Equal(6057, await db.Requirements.CountAsync());
        Assert.Equal(2198, await db.Requirements.CountAsync(r => r.Relation == RequirementRelation.Essential));
        Assert.Equal(3859, await db.Requirements.CountAsync(r => r.Relation == RequirementRelation.Optional));
        Assert.Equal(1699, await db.CompetencyHierarchy.CountAsync());
    }

    [Fact]
    public void Report_counts_inserts_and_rejects_broader_rows_that_leave_the_slice()
    {
        Assert.Equal(1368, seed.Report.For(nameof(Competency)).Inserted);
        Assert.Equal(130, seed.Report.For(nameof(Occupation)).Inserted);
        Assert.Equal(6057, seed.Report.For(nameof(OccupationRequirement)).Inserted);
        Assert.Equal(1699, seed.Report.For(nameof(CompetencyBroader)).Inserted);
        // 572 of the 2,271 skill-pillar rows link skills outside the ICT slice: rejected with their line, not dropped.
        Assert.Equal(572, seed.Report.Rejected.Count);
        Assert.All(seed.Report.Rejected, r => Assert.Equal("broaderRelationsSkillPillar.csv", r.File));
        Assert.All(seed.Report.Rejected, r => Assert.StartsWith("unknown ", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_is_reported_per_file_with_row_counts()
    {
        Assert.Contains(seed.Progress.Reports, p => p is { Step: "occupationSkillRelations.csv", RowsDone: 6057 });
        Assert.Contains(seed.Progress.Reports, p => p is { Step: "skills_en.csv", RowsDone: 1072 });
    }

    [Fact]
    public async Task Skill_hierarchy_links_a_skill_to_its_broader_group()
    {
        await using var db = seed.Database.CreateContext();
        var haskell = await db.Competencies.Include(c => c.Broader).ThenInclude(b => b.Broader).SingleAsync(c => c.Uri == Haskell);
        Assert.Equal("Haskell", haskell.PreferredLabel);
        Assert.Equal(CompetencyType.Knowledge, haskell.Type);
        Assert.Equal(ReuseLevel.SectorSpecific, haskell.ReuseLevel);
        Assert.Contains(haskell.Broader, b => b.Broader.PreferredLabel == "software and applications development and analysis"
            && b.Broader.Type == CompetencyType.SkillGroup);
    }

    [Fact]
    public async Task Labels_inside_quoted_fields_are_split_on_newlines()
    {
        await using var db = seed.Database.CreateContext();
        var admin = await db.Occupations.SingleAsync(o => o.PreferredLabel == "ICT security administrator");
        Assert.Contains("system security administrator", admin.AlternativeLabels);
        Assert.Contains("information security administrator", admin.AlternativeLabels);
        Assert.Equal("2529", admin.IscoCode);
        Assert.Equal("2529.6", admin.Code);
        var group = await db.Occupations.SingleAsync(o => o.Id == admin.BroaderId);
        Assert.Equal("2529", group.Code);
    }

    [Fact]
    public async Task Re_import_of_the_same_files_changes_nothing()
    {
        await using var db = seed.Database.CreateContext();
        var before = await ImportAssertions.RowCountsAsync(db);
        var report = await new EscoImporter().ImportAsync(db, RepositoryPaths.SeedData(EscoSeedFixture.Folder), null, CancellationToken.None);
        ImportAssertions.AllUnchanged(report);
        Assert.Equal(1368, report.For(nameof(Competency)).Unchanged);
        Assert.Equal(6057, report.For(nameof(OccupationRequirement)).Unchanged);
        Assert.Equal(127, report.For("OccupationBroader").Unchanged);
        Assert.Equal(before, await ImportAssertions.RowCountsAsync(db));
    }
}
