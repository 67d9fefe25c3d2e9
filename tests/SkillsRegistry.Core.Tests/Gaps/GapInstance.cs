using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>A small random gap problem: requirements, a hierarchy (narrower id &gt; broader id, so acyclic), crosswalk links and credentials.</summary>
internal sealed record GapInstance(
    List<TargetRequirement> Requirements,
    List<(int NarrowerId, int BroaderId)> Edges,
    List<CrosswalkLink> Links,
    List<SupplyPosting> Credentials,
    SupplyFilter Filter,
    MatchingOptions Options)
{
    public const int HierarchyDepth = 3;

    public GapSnapshot Snapshot() => new(Requirements, Credentials, new CompetencyGraph(Edges, HierarchyDepth), Links);

    public override string ToString() =>
        $"requirements: {string.Join(", ", Requirements.Select(r => $"{r.CompetencyId}/{r.Relation}/{r.Importance}"))}\n"
        + $"edges: {string.Join(", ", Edges)}\nlinks: {string.Join(", ", Links)}\n"
        + $"credentials: {string.Join("\n  ", Credentials.Select(c => $"{c.Id} [{string.Join(",", c.Competencies)}] requires [{string.Join(",", c.Prerequisites)}] parts [{string.Join(",", c.PartIds)}] "
            + $"{c.Status} {string.Join("/", c.Regions)} {c.CostAmount} {c.CostCurrency} {c.Hours}h"))}\n"
        + $"filter: {string.Join("/", Filter.Regions ?? [])} {Filter.MaxCost} {Filter.CostCurrency}; options: {Options}";
}
