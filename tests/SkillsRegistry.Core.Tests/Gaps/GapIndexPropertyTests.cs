using CsCheck;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>
/// The index's column-based skillGap and coverage against the engines, on random instances with every filter criterion
/// the columns decide (status, EQF cap, providers, regions) and some they leave to the record (cost, hours, languages),
/// drafts seen by some viewers and not others, and ties in cost and hours for the best list.
/// </summary>
public class GapIndexPropertyTests
{
    private const int Occupation = 1;
    private const int SecondOccupation = 2;
    private static readonly string[] _regions = ["DE", "FR", "AT"];

    private static readonly Gen<SupplyFilter> _filter = Gen.Select(
        Gen.Select(Gen.OneOf<string?>(null, "DE", "FR", "de"), Gen.Int[0, 8], Gen.Int[0, 3], Gen.Int[0, 4]),
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[0, 2]),
        (a, b) => new SupplyFilter
        {
            Regions = a.Item1 is null ? null : [a.Item1],
            MaxEqfLevel = a.Item2 == 0 ? null : a.Item2,
            ProviderIds = a.Item3 == 0 ? null : [a.Item3],
            Statuses = a.Item4 switch
            {
                0 => [CredentialStatus.Published, CredentialStatus.Draft],
                1 => [CredentialStatus.Retired],
                _ => [CredentialStatus.Published],
            },
            MaxCost = b.Item1 switch { 1 => 500m, 2 => 0m, _ => null },
            CostCurrency = b.Item1 switch { 1 or 2 => "EUR", 3 => "USD", _ => null },
            MaxHours = b.Item2 == 1 ? 60m : null,
            Languages = b.Item3 == 1 ? ["de"] : null,
        });

    /// <summary>Instances whose credentials also have EQF levels, languages, and costs that are not all whole hundreds.</summary>
    private static readonly Gen<GapInstance> _instance = Gen.Select(GapGenerators.Instance, Gen.Int[0, 8].Array[12], Gen.Int[0, 3].Array[12], _filter,
        (instance, levels, odd, filter) => instance with
        {
            Credentials = [.. instance.Credentials.Select((c, i) => c with
            {
                EqfLevel = levels[i] == 0 ? null : levels[i],
                Languages = odd[i] == 0 ? ["de"] : ["en"],
                CostAmount = odd[i] == 1 && c.CostAmount is { } cost ? cost + 0.125m : c.CostAmount,
                Hours = odd[i] == 2 ? null : c.Hours,
            })],
            Filter = filter,
        });

    private static readonly RegistryViewer[] _viewers = [RegistryViewer.System, RegistryViewer.Anonymous, RegistryViewer.Publisher(2, "provider 2")];

    [Fact]
    public void SkillGap_equals_SkillGapEngine_over_the_index_snapshot() =>
        _instance.Sample(instance =>
        {
            var index = IndexOf(instance, instance);
            var target = GapTarget.ForOccupation(Occupation) with { HierarchyDepth = GapInstance.HierarchyDepth };
            foreach (var viewer in _viewers)
            {
                var expected = SkillGapEngine.Analyze(index.Snapshot(target, viewer), instance.Filter, instance.Options);
                Assert.Equal(GapProjection.Of(expected), GapProjection.Of(index.SkillGap(target, instance.Filter, instance.Options, viewer)));
            }
        }, iter: 400, print: i => i.ToString());

    [Fact]
    public void Without_stackability_SkillGap_equals_SkillGapEngine_over_the_whole_instance() =>
        _instance.Select(i => i with { Credentials = [.. i.Credentials.Select(c => c with { PartIds = [] })] }).Sample(instance =>
        {
            var index = IndexOf(instance, instance);
            var target = GapTarget.ForOccupation(Occupation) with { HierarchyDepth = GapInstance.HierarchyDepth };
            var expected = SkillGapEngine.Analyze(instance.Snapshot(), instance.Filter, instance.Options);
            Assert.Equal(GapProjection.Of(expected), GapProjection.Of(index.SkillGap(target, instance.Filter, instance.Options, RegistryViewer.System)));
        }, iter: 400, print: i => i.ToString());

    [Fact]
    public void Coverage_equals_CoverageEngine() =>
        Gen.Select(_instance, GapGenerators.Instance).Sample((first, second) =>
        {
            var index = IndexOf(first, second);
            var depth = GapInstance.HierarchyDepth;
            foreach (var viewer in _viewers)
            {
                var snapshot = new CoverageSnapshot(
                [
                    KeyValuePair.Create(Occupation, index.Snapshot(GapTarget.ForOccupation(Occupation) with { HierarchyDepth = depth }, viewer)),
                    KeyValuePair.Create(SecondOccupation, index.Snapshot(GapTarget.ForOccupation(SecondOccupation) with { HierarchyDepth = depth }, viewer)),
                ]);
                var expected = CoverageEngine.Analyze(snapshot, _regions, first.Filter, first.Options);
                var actual = index.Coverage([Occupation, SecondOccupation], _regions, first.Filter, first.Options, depth, viewer, maxOccupations: 2);
                Assert.Equal(GapProjection.Of(expected), GapProjection.Of(actual));
            }
        }, iter: 200, print: t => t.ToString());

    [Fact]
    public void Incremental_columns_equal_columns_built_afresh()
    {
        var table = new RegionSetTable();
        SupplyPosting Credential(int id, string region, decimal? cost, int? level) =>
            new(id, $"c{id}", id % 3) { Regions = [region], CostAmount = cost, Hours = 10, EqfLevel = level };
        var before = SupplyColumns.Create([Credential(1, "DE", 100, 4), Credential(2, "FR", null, null), Credential(3, "AT", 1.5m, 6)], table);
        var after = before.With([2], [Credential(3, "DE-BY", 99.99m, null), Credential(7, "FR", 0, 8)]);
        var fresh = SupplyColumns.Create([Credential(1, "DE", 100, 4), Credential(3, "DE-BY", 99.99m, null), Credential(7, "FR", 0, 8)], new RegionSetTable());

        Assert.Equal(8, after.Length);
        Assert.True(before.Exists(2));
        Assert.False(after.Exists(2));
        Assert.Equal(4, before.Length);
        foreach (var id in new[] { 1, 3, 7 })
        {
            Assert.True(after.Exists(id));
            Assert.Equal(fresh.Status(id), after.Status(id));
            Assert.Equal(fresh.Provider(id), after.Provider(id));
            Assert.Equal(fresh.RegionSets[fresh.Regions(id)], after.RegionSets[after.Regions(id)]);
            Assert.Equal(fresh.EqfLevelAtMost(id, 6, NoRecord), after.EqfLevelAtMost(id, 6, NoRecord));
        }
        Assert.Equal(["AT"], before.RegionSets[before.Regions(3)]);
        Assert.True(after.CompareCostHoursId(7, 3, NoRecord) < 0);
        Assert.True(after.CompareCostHoursId(3, 1, NoRecord) < 0);
    }

    [Fact]
    public void An_EQF_level_the_column_cannot_hold_is_read_from_the_record()
    {
        var records = new Dictionary<int, SupplyPosting>
        {
            [1] = new(1, "a", 1) { EqfLevel = 100_000, Regions = [] },
            [2] = new(2, "b", 1) { EqfLevel = -3, Regions = [] },
            [3] = new(3, "c", 1) { EqfLevel = null, Regions = [] },
        };
        var columns = SupplyColumns.Create(records.Values, new RegionSetTable());
        Assert.False(columns.EqfLevelAtMost(1, 8, id => records[id]));
        Assert.True(columns.EqfLevelAtMost(1, 100_000, id => records[id]));
        Assert.True(columns.EqfLevelAtMost(2, -3, NoRecord));
        Assert.False(columns.EqfLevelAtMost(2, -4, NoRecord));
        Assert.False(columns.EqfLevelAtMost(3, 8, NoRecord));
    }

    private static SupplyPosting NoRecord(int id) => throw new InvalidOperationException($"Credential {id}: the columns should have answered.");

    [Fact]
    public void Costs_a_double_cannot_tell_apart_are_ordered_by_their_decimals()
    {
        var records = new Dictionary<int, SupplyPosting>
        {
            [1] = new(1, "a", 1) { CostAmount = 0.10000000000000000000000001m, Regions = [] },
            [2] = new(2, "b", 1) { CostAmount = 0.1m, Regions = [] },
            [3] = new(3, "c", 1) { CostAmount = decimal.MaxValue, Regions = [] },
            [4] = new(4, "d", 1) { CostAmount = null, Regions = [] },
        };
        var columns = SupplyColumns.Create(records.Values, new RegionSetTable());
        Assert.Equal((double)records[1].CostAmount!.Value, (double)records[2].CostAmount!.Value);
        Assert.True(columns.CompareCostHoursId(2, 1, id => records[id]) < 0);
        Assert.True(columns.CompareCostHoursId(1, 2, id => records[id]) > 0);
        // The engine orders an unknown cost as decimal.MaxValue: equal costs, so the id decides.
        Assert.True(columns.CompareCostHoursId(3, 4, id => records[id]) < 0);
        Assert.True(columns.CompareCostHoursId(4, 3, id => records[id]) > 0);
    }

    /// <summary>An index over <paramref name="supply"/>'s credentials, hierarchy and crosswalk, with occupation 1 requiring <paramref name="supply"/>'s requirements and 2 those of <paramref name="second"/>.</summary>
    private static GapIndex IndexOf(GapInstance supply, GapInstance second)
    {
        var ids = supply.Requirements.Concat(second.Requirements).Select(r => r.CompetencyId)
            .Concat(supply.Edges.SelectMany(e => new[] { e.NarrowerId, e.BroaderId }))
            .Concat(supply.Links.SelectMany(l => new[] { l.SourceId, l.TargetId }))
            .Concat(supply.Credentials.SelectMany(c => c.Competencies.Concat(c.Prerequisites)))
            .Append(1).Distinct();
        var competencies = ids.ToDictionary(id => id, id => new TargetRequirement(id, RequirementRelation.Essential, null, null, false, false, $"c{id}", $"urn:c:{id}"));
        var mappingsByUri = supply.Links.SelectMany((l, i) => new[] { (Uri: $"urn:c:{l.SourceId}", Index: i), (Uri: $"urn:c:{l.TargetId}", Index: i) })
            .GroupBy(x => x.Uri).ToDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);
        var taxonomy = new GapTaxonomy(
            new CompetencyGraph(supply.Edges, SkillsRegistry.Core.Data.CompetencyHierarchy.MaxDepth),
            competencies,
            new Dictionary<int, TargetRequirement[]> { [Occupation] = [.. supply.Requirements], [SecondOccupation] = [.. second.Requirements] },
            new Dictionary<int, DemandInfo> { [SecondOccupation] = new(1000, 5) },
            [.. supply.Links.Select(l => new[] { l })],
            mappingsByUri);
        var credentials = supply.Credentials.ToDictionary(c => c.Id);
        var wholesOf = supply.Credentials.SelectMany(c => c.PartIds.Select(p => (Part: p, Whole: c.Id)))
            .GroupBy(e => e.Part).ToDictionary(g => g.Key, g => g.Select(e => e.Whole).Order().ToArray());
        var columns = SupplyColumns.Create(credentials.Values, new RegionSetTable());
        return new GapIndex(taxonomy, new GapSupply(credentials, GapSupply.PostingsOf(credentials.Values), wholesOf, columns), new GapIndexVersion(0, 0, 0));
    }
}
