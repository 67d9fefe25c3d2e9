using CsCheck;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

public class CoverageEnginePropertyTests
{
    private static readonly string[] _regions = ["DE", "FR", "AT"];

    /// <summary>Two occupations (the requirements of two instances) over the first instance's supply, hierarchy and crosswalk.</summary>
    private static readonly Gen<(GapInstance First, GapInstance Second)> _twoOccupations = Gen.Select(GapGenerators.Instance, GapGenerators.Instance,
        (a, b) => (a, a with { Requirements = b.Requirements }));

    private static CoverageSnapshot Snapshot(GapInstance first, GapInstance second) => new(
    [
        KeyValuePair.Create(1, first.Snapshot()),
        KeyValuePair.Create(2, new GapSnapshot(second.Requirements, second.Credentials, new CompetencyGraph(second.Edges, GapInstance.HierarchyDepth),
            second.Links, demand: new DemandInfo(1000, 5))),
    ]);

    [Fact]
    public void Every_cell_equals_SkillGapEngine_for_its_occupation_and_region() =>
        _twoOccupations.Sample(pair =>
        {
            var snapshot = Snapshot(pair.First, pair.Second);
            var result = CoverageEngine.Analyze(snapshot, _regions, pair.First.Filter, pair.First.Options);

            Assert.Equal(2 * _regions.Length, result.Cells.Count);
            foreach (var cell in result.Cells)
            {
                var gap = SkillGapEngine.Analyze(snapshot.Occupation(cell.OccupationId), pair.First.Filter with { Regions = [cell.Region] }, pair.First.Options);
                var essential = gap.Requirements.Where(g => g.Relation == RequirementRelation.Essential).ToList();
                Assert.Equal(essential.Count, cell.EssentialCount);
                Assert.Equal(essential.Count(g => g.Covered), cell.CoveredEssentialCount);
                Assert.Equal(gap.CoveragePercent, cell.CoveragePercent);
                Assert.Equal(gap.WeightedCoveragePercent, cell.WeightedCoveragePercent);
                Assert.Equal(gap.Priority, cell.Priority);
                Assert.Equal(gap.UncoveredEssential.Select(g => g.CompetencyId).Order(), cell.DesertCompetencyIds);
            }
            var expectedOrder = result.Cells.OrderByDescending(c => c.Priority).ThenBy(c => c.OccupationId).ThenBy(c => c.Region, StringComparer.Ordinal);
            Assert.Equal(expectedOrder, result.Cells);
        }, iter: 300, print: p => $"{p.First}\nsecond requirements: {string.Join(", ", p.Second.Requirements.Select(r => r.CompetencyId))}");

    [Fact]
    public void Credential_counts_and_deserts_equal_the_brute_force_reference() =>
        _twoOccupations.Sample(pair =>
        {
            var result = CoverageEngine.Analyze(Snapshot(pair.First, pair.Second), _regions, pair.First.Filter, pair.First.Options);

            foreach (var cell in result.Cells)
            {
                var occupation = cell.OccupationId == 1 ? pair.First : pair.Second;
                var inRegion = occupation with { Filter = pair.First.Filter with { Regions = [cell.Region] } };
                var covering = inRegion.Requirements.ToDictionary(r => r.CompetencyId, r => BruteForce.Covering(inRegion, r.CompetencyId));
                Assert.Equal(covering.Values.SelectMany(c => c).Select(c => c.Id).Distinct().Count(), cell.CredentialCount);
                Assert.Equal(BruteForce.Essentials(inRegion).Where(e => covering[e].Count == 0).Order(), cell.DesertCompetencyIds);
                Assert.Equal(BruteForce.Essentials(inRegion).Count, cell.EssentialCount);
                Assert.Equal(BruteForce.Essentials(inRegion).Count(e => covering[e].Count > 0), cell.CoveredEssentialCount);
            }
        }, iter: 300, print: p => $"{p.First}\nsecond requirements: {string.Join(", ", p.Second.Requirements.Select(r => r.CompetencyId))}");

    [Fact]
    public void A_subdivision_credential_counts_for_its_country_only()
    {
        var requirements = new[] { new TargetRequirement(1, RequirementRelation.Essential), new TargetRequirement(2, RequirementRelation.Essential) };
        var credentials = new[]
        {
            new SupplyPosting(10, "Bavarian", 1) { Competencies = new HashSet<int> { 1 }, Regions = ["DE-BY"] },
            new SupplyPosting(11, "French", 2) { Competencies = new HashSet<int> { 1, 2 }, Regions = ["FR"] },
        };
        var snapshot = new CoverageSnapshot([KeyValuePair.Create(7, new GapSnapshot(requirements, credentials))]);

        var result = CoverageEngine.Analyze(snapshot, ["DE", "FR", "DE-BY", "US"], SupplyFilter.Default with { Regions = ["FR"] }, MatchingOptions.Exact);

        var cells = result.Cells.ToDictionary(c => c.Region);
        string Show(string region) => $"{string.Join(",", cells[region].DesertCompetencyIds)}|{cells[region].CredentialCount}|{cells[region].CoveredEssentialCount}|{cells[region].CoveragePercent}|{cells[region].Priority}";
        Assert.Equal("2|1|1|50|4", Show("DE"));
        Assert.Equal("2|1|1|50|4", Show("DE-BY"));
        Assert.Equal("|1|2|100|0", Show("FR"));
        Assert.Equal("1,2|0|0|0|8", Show("US"));
        Assert.Equal("US", result.Cells[0].Region);
    }

    [Fact]
    public void Regions_are_validated()
    {
        var snapshot = new CoverageSnapshot([KeyValuePair.Create(1, new GapSnapshot([], []))]);
        Assert.Throws<ArgumentException>(() => CoverageEngine.Analyze(snapshot, [], SupplyFilter.Default, MatchingOptions.Default));
        Assert.Throws<ArgumentException>(() => CoverageEngine.Analyze(snapshot, [" "], SupplyFilter.Default, MatchingOptions.Default));
        Assert.Single(CoverageEngine.Analyze(snapshot, ["DE", "de"], SupplyFilter.Default, MatchingOptions.Default).Cells);
    }
}
