using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Gaps;

public class SeedCoverageTests(SeededRegistryFixture fixture, ITestOutputHelper output) : IClassFixture<SeededRegistryFixture>
{
    private static readonly string[] _occupations = ["ICT security administrator", "software analyst", "ICT security engineer"];
    private static readonly string[] _regions = ["DE", "FR", "US"];

    [Fact]
    public async Task Three_ESCO_ICT_occupations_by_region_equal_SkillGapEngine_per_occupation()
    {
        await using var db = fixture.Open();
        var ids = new List<int>();
        foreach (var label in _occupations)
            ids.Add(await SeededRegistryFixture.OccupationIdAsync(db, "esco", label));
        var filter = SupplyFilter.Default with { MaxHours = 400 };

        var result = CoverageEngine.Analyze(await CoverageSnapshotLoader.LoadAsync(db, ids, 2, CancellationToken.None), _regions, filter, MatchingOptions.Default);

        Assert.Equal(9, result.Cells.Count);
        foreach (var id in ids)
        {
            var snapshot = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(id), CancellationToken.None);
            foreach (var region in _regions)
            {
                var cell = result.Cells.Single(c => c.OccupationId == id && c.Region == region);
                var gap = SkillGapEngine.Analyze(snapshot, filter with { Regions = [region] }, MatchingOptions.Default);
                output.WriteLine($"{id} {region}: essential {cell.CoveredEssentialCount}/{cell.EssentialCount} {cell.CoveragePercent:F2}% weighted {cell.WeightedCoveragePercent:F2}% credentials {cell.CredentialCount} deserts {cell.DesertCompetencyIds.Count} priority {cell.Priority}");
                var essential = gap.Requirements.Where(g => g.Relation == RequirementRelation.Essential).ToList();
                Assert.Equal(essential.Count, cell.EssentialCount);
                Assert.Equal(essential.Count(g => g.Covered), cell.CoveredEssentialCount);
                Assert.Equal(gap.CoveragePercent, cell.CoveragePercent, 9);
                Assert.Equal(gap.WeightedCoveragePercent, cell.WeightedCoveragePercent, 9);
                Assert.Equal(gap.Priority, cell.Priority, 9);
                Assert.Equal(essential.Where(g => g.CredentialCount == 0).Select(g => g.CompetencyId).Order(), cell.DesertCompetencyIds);
                var covering = gap.Requirements.Where(g => g.Covered).ToList();
                Assert.InRange(cell.CredentialCount, covering.Select(g => g.CredentialCount).DefaultIfEmpty().Max(), covering.Sum(g => g.CredentialCount));
            }
        }
        Assert.Contains(result.Cells, c => c.CredentialCount > 0 && c.DesertCompetencyIds.Count > 0);
    }

    [Fact]
    public async Task The_loader_runs_the_same_number_of_commands_for_one_and_three_occupations()
    {
        await using var db = fixture.Open();
        var ids = new List<int>();
        foreach (var label in _occupations)
            ids.Add(await SeededRegistryFixture.OccupationIdAsync(db, "esco", label));
        var one = new CommandCounter();
        var three = new CommandCounter();
        await using (var counted = one.Open(db))
            await CoverageSnapshotLoader.LoadAsync(counted, ids.Take(1).ToList(), 2, CancellationToken.None);
        await using (var counted = three.Open(db))
            await CoverageSnapshotLoader.LoadAsync(counted, ids, 2, CancellationToken.None);
        output.WriteLine($"commands: one {one.Count}, three {three.Count}");
        Assert.Equal(one.Count, three.Count);
        Assert.InRange(three.Count, 1, 20);
    }

    [Fact]
    public async Task Unknown_occupation_ids_are_rejected()
    {
        await using var db = fixture.Open();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => CoverageSnapshotLoader.LoadAsync(db, [int.MaxValue], 2, CancellationToken.None));
        Assert.Contains(int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => CoverageSnapshotLoader.LoadAsync(db, [], 2, CancellationToken.None));
    }
}
