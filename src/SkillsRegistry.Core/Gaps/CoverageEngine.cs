using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The planner's matrix: for each occupation × region, <see cref="SkillGapEngine.Analyze"/> with the filter's regions
/// replaced by that one region, plus how many distinct credentials cover anything there and the skill deserts
/// (essential requirements nothing in the region covers). Pure.
/// </summary>
public static class CoverageEngine
{
    public const int MaxRegions = 50;

    public static CoverageResult Analyze(CoverageSnapshot snapshot, IReadOnlyList<string> regions, SupplyFilter filter, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(options);
        if (regions.Count == 0)
            throw new ArgumentException("At least one region is needed.", nameof(regions));
        if (regions.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Regions must not be blank.", nameof(regions));
        var distinct = regions.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxRegions)
            throw new ArgumentException($"At most {MaxRegions} regions can be compared.", nameof(regions));
        var cells = snapshot.OccupationIds
            .SelectMany(o => distinct.Select(r => Cell(o, snapshot.Occupation(o), r, filter with { Regions = [r] }, options)))
            .OrderByDescending(c => c.Priority).ThenBy(c => c.OccupationId).ThenBy(c => c.Region, StringComparer.Ordinal)
            .ToList();
        return new CoverageResult(cells);
    }

    private static CoverageCell Cell(int occupationId, GapSnapshot snapshot, string region, SupplyFilter filter, MatchingOptions options)
    {
        var gap = SkillGapEngine.Analyze(snapshot, filter, options);
        var matcher = new CompetencyMatcher(snapshot, options);
        var supply = snapshot.Credentials.Where(filter.Matches).ToList();
        var credentials = snapshot.Requirements.SelectMany(r => matcher.Covering(r.CompetencyId, supply).Keys).Distinct().Count();
        var essential = gap.Requirements.Where(g => g.Relation == RequirementRelation.Essential).ToList();
        return new CoverageCell(
            occupationId,
            region,
            essential.Count,
            essential.Count(g => g.Covered),
            gap.CoveragePercent,
            gap.WeightedCoveragePercent,
            credentials,
            gap.UncoveredEssential.Select(g => g.CompetencyId).Order().ToList(),
            gap.Priority);
    }
}
