using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import;

namespace SkillsRegistry.Core.Tests.Import;

/// <summary>Helpers shared by the importer tests.</summary>
internal static class ImportAssertions
{
    /// <summary>Row counts of every table an importer writes, to compare a database before and after.</summary>
    public static async Task<int[]> RowCountsAsync(RegistryDbContext db) =>
    [
        await db.Frameworks.CountAsync(),
        await db.Competencies.CountAsync(),
        await db.CompetencyHierarchy.CountAsync(),
        await db.Occupations.CountAsync(),
        await db.Occupations.CountAsync(o => o.BroaderId != null),
        await db.Requirements.CountAsync(),
        await db.ConceptMappings.CountAsync(),
        await db.Demand.CountAsync(),
    ];

    /// <summary>The import fails with a format error naming <paramref name="expectedInMessage"/>, and writes nothing.</summary>
    public static async Task FormatErrorLeavesDatabaseAsIsAsync(TestDatabase database, Func<RegistryDbContext, Task> import, string expectedInMessage)
    {
        await using var db = database.CreateContext();
        var before = await RowCountsAsync(db);
        var error = await Assert.ThrowsAsync<ImportFormatException>(() => import(db));
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync(db));
    }

    /// <summary>Every entity of a re-run report is unchanged: nothing inserted or updated.</summary>
    public static void AllUnchanged(ImportReport report)
    {
        Assert.NotEmpty(report.Counts);
        foreach (var (entity, counts) in report.Counts)
        {
            Assert.True(counts.Inserted == 0 && counts.Updated == 0,
                $"{entity}: {counts.Inserted} inserted, {counts.Updated} updated on re-import");
        }
    }
}

/// <summary>Collects progress synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class ProgressLog : IProgress<ImportProgress>
{
    public List<ImportProgress> Reports { get; } = [];

    public void Report(ImportProgress value) => Reports.Add(value);
}
