using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Crosswalk;
using SkillsRegistry.Core.Import.Esco;
using SkillsRegistry.Core.Import.Onet;
using SkillsRegistry.Core.Model;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Import;

/// <summary>
/// Imports the full ESCO v1.1.1 and O*NET 29.3 releases. Local check only (bench/full-import-check.sh): the
/// releases are not in the repository, so this project is not part of the solution that CI tests.
/// </summary>
public sealed class FullReleaseImportTests(ITestOutputHelper output) : IDisposable
{
    private const string Variable = "SKILLSREGISTRY_FULL_DATA";
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Full_releases_import_with_the_published_counts()
    {
        var root = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrEmpty(root), $"{Variable} must name the shared data folder (see bench/full-import-check.sh).");

        var esco = await TimedAsync("ESCO", db => new EscoImporter().ImportAsync(db, Path.Combine(root, "esco-v1.1.1", "csv"), null, default));
        var onet = await TimedAsync("O*NET", db => new OnetImporter().ImportAsync(db, Path.Combine(root, "onet-29.3"), null, default));
        var crosswalk = await TimedAsync("crosswalk", db => new CrosswalkImporter().ImportAsync(
            db, Path.Combine(root, "nesta-esco-onet-crosswalk"), null, default));
        var escoAgain = await TimedAsync("ESCO re-import", db => new EscoImporter().ImportAsync(
            db, Path.Combine(root, "esco-v1.1.1", "csv"), null, default));

        Report("ESCO", esco);
        Report("O*NET", onet);
        Report("crosswalk", crosswalk);
        await using var ctx = _database.CreateContext();
        var escoId = (await ctx.Frameworks.SingleAsync(f => f.Key == EscoImporter.FrameworkKey)).Id;
        var onetId = (await ctx.Frameworks.SingleAsync(f => f.Key == OnetImporter.FrameworkKey)).Id;
        Assert.Equal(3007, await ctx.Occupations.CountAsync(o => o.FrameworkId == escoId && o.Kind == OccupationKind.Occupation));
        Assert.Equal(13896, await ctx.Competencies.CountAsync(c => c.FrameworkId == escoId && c.Type != CompetencyType.SkillGroup));
        // occupationSkillRelations.csv has 123,855 rows, but 67 of them name occupation a9e54177-…, which the official
        // occupations_en.csv lacks (only broaderRelationsOccPillar.csv mentions it): they are rejected, not dropped.
        var dangling = esco.Rejected.Count(r => r.File == "occupationSkillRelations.csv"
            && r.Reason == "unknown occupation http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e");
        Assert.Equal(67, dangling);
        Assert.Equal(123788, await ctx.Requirements.CountAsync(r => r.Occupation.FrameworkId == escoId));
        Assert.Equal(123855, await ctx.Requirements.CountAsync(r => r.Occupation.FrameworkId == escoId) + dangling);
        Assert.Equal(1016, await ctx.Occupations.CountAsync(o => o.FrameworkId == onetId));
        // SOURCES.md: 1,679 of the crosswalk's 1,680 ESCO URIs resolve in v1.1.1 and 1,355 of its O*NET codes exist in 29.3.
        Assert.Equal(1, crosswalk.Unresolved[CrosswalkImporter.EscoUnresolved]);
        Assert.Equal(325, crosswalk.Unresolved[CrosswalkImporter.OnetUnresolved]);
        ImportAssertions.AllUnchanged(escoAgain);
    }

    public void Dispose() => _database.Dispose();

    private async Task<ImportReport> TimedAsync(string name, Func<SkillsRegistry.Core.Data.RegistryDbContext, Task<ImportReport>> import)
    {
        await using var db = _database.CreateContext();
        var watch = Stopwatch.StartNew();
        var report = await import(db);
        output.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:F1} s");
        return report;
    }

    private void Report(string name, ImportReport report)
    {
        foreach (var (entity, c) in report.Counts)
        {
            output.WriteLine($"{name} {entity}: {c.Inserted} inserted, {c.Updated} updated, {c.Unchanged} unchanged");
        }
        output.WriteLine($"{name}: {report.Rejected.Count} rejected");
        foreach (var group in report.Rejected.GroupBy(r => (r.File, Reason: r.Reason.Split(' ')[0])))
        {
            output.WriteLine($"  {group.Key.File} '{group.Key.Reason} …': {group.Count()}");
        }
        foreach (var (reason, count) in report.Unresolved)
        {
            output.WriteLine($"{name} unresolved, {reason}: {count}");
        }
    }
}
