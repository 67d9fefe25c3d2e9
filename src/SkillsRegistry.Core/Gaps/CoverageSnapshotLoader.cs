using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Builds a <see cref="CoverageSnapshot"/> with a constant number of set-based queries whatever the number of
/// occupations: the occupations, all their requirements, the hierarchy and crosswalk around the union of those
/// requirements, the supply relevant to any of them (loaded once, shared) and the BLS demand of their SOC codes.
/// Each occupation's snapshot then reads as <see cref="GapSnapshotLoader"/> would load it (no held competencies).
/// </summary>
public static class CoverageSnapshotLoader
{
    public const int MaxOccupations = 50;

    public static async Task<CoverageSnapshot> LoadAsync(RegistryDbContext db, IReadOnlyCollection<int> occupationIds, int hierarchyDepth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(occupationIds);
        ArgumentOutOfRangeException.ThrowIfNegative(hierarchyDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hierarchyDepth, CompetencyHierarchy.MaxDepth);
        var ids = occupationIds.Distinct().ToList();
        if (ids.Count == 0)
            throw new ArgumentException("At least one occupation is needed.", nameof(occupationIds));
        if (ids.Count > MaxOccupations)
            throw new ArgumentException($"At most {MaxOccupations} occupations can be analysed at once.", nameof(occupationIds));
        var occupations = await db.Occupations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.SocCode }).ToListAsync(ct);
        var unknown = ids.Except(occupations.Select(o => o.Id)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown occupation ids: {string.Join(", ", unknown)}.", nameof(occupationIds));

        var requirements = (await db.Requirements.AsNoTracking().Where(r => ids.Contains(r.OccupationId))
            .Select(r => new
            {
                r.OccupationId,
                Requirement = new TargetRequirement(r.CompetencyId, r.Relation, r.Importance, r.Level, r.IsInDemand,
                    r.Competency.IsHotTechnology, r.Competency.PreferredLabel, r.Competency.Uri),
            })
            .ToListAsync(ct)).ToLookup(r => r.OccupationId, r => r.Requirement);
        var competencyIds = requirements.SelectMany(g => g).Select(r => r.CompetencyId).Distinct().ToList();
        var edges = await GapSnapshotLoader.HierarchyAsync(db, competencyIds, hierarchyDepth, ct);
        var links = await GapSnapshotLoader.CrosswalkAsync(db, competencyIds, ct);
        var relevant = competencyIds.Concat(edges.SelectMany(e => new[] { e.NarrowerId, e.BroaderId }))
            .Concat(links.SelectMany(l => new[] { l.SourceId, l.TargetId })).ToHashSet();
        var credentials = await SupplyLoader.LoadAsync(db, relevant, [], ct);
        var demand = await DemandAsync(db, occupations.Select(o => o.SocCode).OfType<string>().Distinct().ToList(), ct);

        var graph = new CompetencyGraph(edges, hierarchyDepth);
        var soc = occupations.ToDictionary(o => o.Id, o => o.SocCode);
        return new CoverageSnapshot(ids.Select(id => KeyValuePair.Create(id, new GapSnapshot(requirements[id], credentials, graph, links,
            demand: soc[id] is { } code ? demand.GetValueOrDefault(code) : null))));
    }

    /// <summary>Per SOC code, as <see cref="GapSnapshotLoader"/>: region US preferred, then the latest period.</summary>
    private static async Task<Dictionary<string, DemandInfo>> DemandAsync(RegistryDbContext db, List<string> socCodes, CancellationToken ct)
    {
        if (socCodes.Count == 0)
            return [];
        var rows = await db.Demand.AsNoTracking().Where(d => socCodes.Contains(d.SocCode))
            .Select(d => new { d.SocCode, d.Region, d.Period, d.AnnualOpenings, d.GrowthPercent }).ToListAsync(ct);
        return rows.GroupBy(d => d.SocCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Region == "US" ? 0 : 1).ThenByDescending(d => d.Period)
                .Select(d => new DemandInfo(d.AnnualOpenings, d.GrowthPercent)).First());
    }
}
