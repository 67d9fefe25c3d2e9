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
        var distinct = DistinctRegions(regions);
        var cells = snapshot.OccupationIds
            .SelectMany(o => distinct.Select(r => Cell(o, snapshot.Occupation(o), r, filter with { Regions = [r] }, options)));
        return Sorted(cells);
    }

    /// <summary>Validates the regions (1–<see cref="MaxRegions"/>, none blank) and de-duplicates them case-insensitively.</summary>
    internal static List<string> DistinctRegions(IReadOnlyList<string> regions)
    {
        if (regions.Count == 0)
            throw new ArgumentException("At least one region is needed.", nameof(regions));
        if (regions.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Regions must not be blank.", nameof(regions));
        var distinct = regions.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxRegions)
            throw new ArgumentException($"At most {MaxRegions} regions can be compared.", nameof(regions));
        return distinct;
    }

    internal static CoverageResult Sorted(IEnumerable<CoverageCell> cells) =>
        new([.. cells.OrderByDescending(c => c.Priority).ThenBy(c => c.OccupationId).ThenBy(c => c.Region, StringComparer.Ordinal)]);

    private static CoverageCell Cell(int occupationId, GapSnapshot snapshot, string region, SupplyFilter filter, MatchingOptions options)
    {
        var gap = SkillGapEngine.Analyze(snapshot, filter, options);
        var matcher = new CompetencyMatcher(snapshot, options);
        var supply = snapshot.Credentials.Where(filter.Matches).ToList();
        var credentials = snapshot.Requirements.SelectMany(r => matcher.Covering(r.CompetencyId, supply).Keys).Distinct().Count();
        return Cell(occupationId, region, gap, credentials);
    }

    /// <summary>A cell from the occupation's gap in the region and the number of distinct credentials covering anything there.</summary>
    internal static CoverageCell Cell(int occupationId, string region, SkillGapResult gap, int credentials)
    {
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
