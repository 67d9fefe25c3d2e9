using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>On the seed data, the index gives exactly what the loaders and engines give, for several viewers, filters and modes.</summary>
public class GapIndexSeedTests(SeededRegistryFixture fixture) : IClassFixture<SeededRegistryFixture>
{
    private static readonly (SupplyFilter Filter, MatchingOptions Matching)[] _cases =
    [
        (SupplyFilter.Default, MatchingOptions.Default),
        (new SupplyFilter { Regions = ["DE"], MaxCost = 1000m, CostCurrency = "EUR" }, MatchingOptions.Default),
        (new SupplyFilter { MaxHours = 400, Statuses = [CredentialStatus.Published, CredentialStatus.Draft, CredentialStatus.Retired] }, MatchingOptions.Exact),
        (new SupplyFilter { Regions = ["US"], Languages = ["en"], DeliveryModes = [DeliveryMode.Online, DeliveryMode.Blended] }, new MatchingOptions { Depth = 3, IncludeBroader = true }),
        (new SupplyFilter { MaxEqfLevel = 6, CostCurrency = "USD" }, new MatchingOptions { Mode = MatchingMode.Crosswalk, MinConfidence = 0.3 }),
    ];

    private static async Task<(GapIndex Index, List<int> Occupations, List<RegistryViewer> Viewers)> SetUpAsync(RegistryDbContext db)
    {
        var index = await GapIndexLoader.LoadAsync(db, CancellationToken.None);
        var withRequirements = await db.Occupations.Where(o => o.Requirements.Any()).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        var step = Math.Max(1, withRequirements.Count / 25);
        var occupations = withRequirements.Where((_, i) => i % step == 0).ToList();
        occupations.Add(await SeededRegistryFixture.OccupationIdAsync(db, "esco", "ICT security administrator"));
        occupations.Add(await SeededRegistryFixture.OccupationIdAsync(db, "onet", "15-1251.00"));
        var draftProvider = await db.Credentials.Where(c => c.Status == CredentialStatus.Draft).Select(c => (int?)c.ProviderId).FirstOrDefaultAsync();
        List<RegistryViewer> viewers = [RegistryViewer.System, RegistryViewer.Anonymous];
        if (draftProvider is { } p)
            viewers.Add(new RegistryViewer(false, p, "publisher"));
        return (index, [.. occupations.Distinct()], viewers);
    }

    [Fact]
    public async Task Snapshots_skill_gaps_and_pathways_equal_the_loader_backed_ones()
    {
        await using var db = fixture.Open();
        var (index, occupations, viewers) = await SetUpAsync(db);
        Assert.True(occupations.Count >= 10);
        var compared = 0;
        foreach (var viewer in viewers)
        {
            db.Viewer = viewer;
            foreach (var (occupation, n) in occupations.Select((o, n) => (o, n)))
            {
                var (filter, matching) = _cases[n % _cases.Length];
                var target = GapTarget.ForOccupation(occupation) with { HierarchyDepth = Math.Max(matching.Depth, 1) };
                if (n % 3 == 1)
                    target = await WithSomethingHeldAsync(db, target);
                var loaded = await GapSnapshotLoader.LoadAsync(db, target, CancellationToken.None);
                var indexed = index.Snapshot(target, viewer);
                Assert.Equal(GapProjection.Of(loaded), GapProjection.Of(indexed));
                Assert.Equal(GapProjection.Of(SkillGapEngine.Analyze(loaded, filter, matching)), GapProjection.Of(index.SkillGap(target, filter, matching, viewer)));
                Assert.Equal(GapProjection.Of(PathwayEngine.Plan(loaded, filter, matching, PathwayObjective.LowestCost)),
                    GapProjection.Of(PathwayEngine.Plan(indexed, filter, matching, PathwayObjective.LowestCost)));
                compared++;
            }
        }
        Assert.Equal(occupations.Count * viewers.Count, compared);
    }

    [Fact]
    public async Task Role_targets_equal_the_loader_backed_ones()
    {
        await using var db = fixture.Open();
        var (index, occupations, _) = await SetUpAsync(db);
        foreach (var occupation in occupations.Take(8))
        {
            var role = await db.Requirements.Where(r => r.OccupationId == occupation).OrderByDescending(r => r.CompetencyId).Select(r => r.CompetencyId).Take(12).ToListAsync();
            var target = GapTarget.ForRole([.. role, -1]);
            var loaded = await GapSnapshotLoader.LoadAsync(db, target, CancellationToken.None);
            Assert.Equal(GapProjection.Of(loaded), GapProjection.Of(index.Snapshot(target, RegistryViewer.System)));
            Assert.Equal(GapProjection.Of(SkillGapEngine.Analyze(loaded, SupplyFilter.Default, MatchingOptions.Default)),
                GapProjection.Of(index.SkillGap(target, SupplyFilter.Default, MatchingOptions.Default, RegistryViewer.System)));
        }
    }

    [Fact]
    public async Task Coverage_equals_CoverageEngine_over_the_loaded_snapshot()
    {
        await using var db = fixture.Open();
        var (index, occupations, viewers) = await SetUpAsync(db);
        var ids = occupations.Take(20).ToList();
        string[] regions = ["DE", "FR", "US", "de-by", "PL"];
        foreach (var viewer in viewers)
        {
            db.Viewer = viewer;
            foreach (var (filter, matching) in _cases)
            {
                var depth = Math.Max(matching.Depth, 1);
                var expected = CoverageEngine.Analyze(await CoverageSnapshotLoader.LoadAsync(db, ids, depth, CancellationToken.None), regions, filter, matching);
                var actual = index.Coverage(ids, regions, filter, matching, depth, viewer, maxOccupations: 100);
                Assert.Equal(GapProjection.Of(expected), GapProjection.Of(actual));
                Assert.Contains(actual.Cells, c => c.CredentialCount > 0);
            }
        }
    }

    [Fact]
    public async Task Coverage_validates_as_the_loader_does()
    {
        await using var db = fixture.Open();
        var (index, occupations, _) = await SetUpAsync(db);
        var unknown = Assert.Throws<ArgumentException>(() => index.Coverage([occupations[0], -5], ["DE"], SupplyFilter.Default, MatchingOptions.Default, 2, RegistryViewer.System, 10));
        Assert.Contains("-5", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => index.Coverage(occupations.Take(3).ToList(), ["DE"], SupplyFilter.Default, MatchingOptions.Default, 2, RegistryViewer.System, 2));
        Assert.Throws<ArgumentException>(() => index.Coverage([occupations[0]], [" "], SupplyFilter.Default, MatchingOptions.Default, 2, RegistryViewer.System, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.SkillGap(GapTarget.ForOccupation(occupations[0]), SupplyFilter.Default, new MatchingOptions { Depth = 3 }, RegistryViewer.System));
    }

    private static async Task<GapTarget> WithSomethingHeldAsync(RegistryDbContext db, GapTarget target)
    {
        var requirement = await db.Requirements.Where(r => r.OccupationId == target.OccupationId).OrderBy(r => r.CompetencyId).Select(r => r.CompetencyId).FirstOrDefaultAsync();
        var credential = await db.Alignments.Where(a => db.Requirements.Any(r => r.OccupationId == target.OccupationId && r.CompetencyId == a.CompetencyId))
            .OrderBy(a => a.CredentialId).Select(a => a.CredentialId).FirstOrDefaultAsync();
        return target with { HeldCompetencyIds = [requirement], HeldCredentialIds = credential == 0 ? [] : [credential] };
    }
}
