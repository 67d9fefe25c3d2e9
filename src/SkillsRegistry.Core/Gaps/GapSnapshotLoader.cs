using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Builds a <see cref="GapSnapshot"/> with a few set-based queries: the target's requirements, the hierarchy up to
/// <see cref="GapTarget.HierarchyDepth"/> levels above and below them (one query per level and direction), competency
/// crosswalk links, and the credentials that teach or assess any of those concepts (plus the wholes they are part of).
/// </summary>
public static class GapSnapshotLoader
{
    public static async Task<GapSnapshot> LoadAsync(RegistryDbContext db, GapTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfNegative(target.HierarchyDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(target.HierarchyDepth, CompetencyHierarchy.MaxDepth);
        var requirements = await RequirementsAsync(db, target, ct);
        var held = await HeldAsync(db, target, ct);
        var ids = requirements.Select(r => r.CompetencyId).Where(id => !held.Contains(id)).ToList();
        var edges = await HierarchyAsync(db, ids, target.HierarchyDepth, ct);
        var links = await CrosswalkAsync(db, ids, ct);
        var relevant = ids.Concat(edges.SelectMany(e => new[] { e.NarrowerId, e.BroaderId }))
            .Concat(links.SelectMany(l => new[] { l.SourceId, l.TargetId })).ToHashSet();
        var credentials = await SupplyLoader.LoadAsync(db, relevant, target.HeldCredentialIds, ct);
        return new GapSnapshot(requirements, credentials, new CompetencyGraph(edges, target.HierarchyDepth), links, held,
            await DemandAsync(db, target, ct));
    }

    private static async Task<List<TargetRequirement>> RequirementsAsync(RegistryDbContext db, GapTarget target, CancellationToken ct)
    {
        if (target.OccupationId is { } occupationId)
        {
            return await db.Requirements.AsNoTracking().Where(r => r.OccupationId == occupationId)
                .Select(r => new TargetRequirement(r.CompetencyId, r.Relation, r.Importance, r.Level, r.IsInDemand,
                    r.Competency.IsHotTechnology, r.Competency.PreferredLabel, r.Competency.Uri))
                .ToListAsync(ct);
        }
        var role = target.RoleCompetencyIds.ToList();
        return await db.Competencies.AsNoTracking().Where(c => role.Contains(c.Id))
            .Select(c => new TargetRequirement(c.Id, RequirementRelation.Essential, null, null, false, c.IsHotTechnology, c.PreferredLabel, c.Uri))
            .ToListAsync(ct);
    }

    private static async Task<HashSet<int>> HeldAsync(RegistryDbContext db, GapTarget target, CancellationToken ct)
    {
        var credentials = target.HeldCredentialIds.ToList();
        var earned = credentials.Count == 0 ? [] : await db.Alignments.AsNoTracking()
            .Where(a => credentials.Contains(a.CredentialId) && a.Type != AlignmentType.Requires)
            .Select(a => a.CompetencyId).ToListAsync(ct);
        return target.HeldCompetencyIds.Concat(earned).ToHashSet();
    }

    internal static async Task<List<(int NarrowerId, int BroaderId)>> HierarchyAsync(
        RegistryDbContext db, List<int> ids, int depth, CancellationToken ct)
    {
        var edges = new HashSet<(int, int)>();
        foreach (var upwards in new[] { true, false })
        {
            var frontier = ids.ToList();
            var seen = ids.ToHashSet();
            for (var level = 0; level < depth && frontier.Count > 0; level++)
            {
                var next = frontier;
                var edgesAtLevel = upwards
                    ? db.CompetencyHierarchy.Where(e => next.Contains(e.NarrowerId))
                    : db.CompetencyHierarchy.Where(e => next.Contains(e.BroaderId));
                var found = await edgesAtLevel.AsNoTracking().Select(e => new { e.NarrowerId, e.BroaderId }).ToListAsync(ct);
                edges.UnionWith(found.Select(e => (e.NarrowerId, e.BroaderId)));
                frontier = found.Select(e => upwards ? e.BroaderId : e.NarrowerId).Where(seen.Add).ToList();
            }
        }
        return edges.ToList();
    }

    internal static async Task<List<CrosswalkLink>> CrosswalkAsync(RegistryDbContext db, List<int> ids, CancellationToken ct)
    {
        var uris = await db.Competencies.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Uri).Distinct().ToListAsync(ct);
        var mappings = await db.ConceptMappings.AsNoTracking()
            .Where(m => m.Kind == ConceptKind.Competency && (uris.Contains(m.SourceUri) || uris.Contains(m.TargetUri)))
            .Select(m => new { m.SourceUri, m.TargetUri, m.Confidence }).ToListAsync(ct);
        if (mappings.Count == 0)
            return [];
        var ends = mappings.SelectMany(m => new[] { m.SourceUri, m.TargetUri }).Distinct().ToList();
        var byUri = (await db.Competencies.AsNoTracking().Where(c => ends.Contains(c.Uri)).Select(c => new { c.Id, c.Uri }).ToListAsync(ct))
            .ToLookup(c => c.Uri, c => c.Id);
        return mappings.SelectMany(m => byUri[m.SourceUri].SelectMany(s => byUri[m.TargetUri].Select(t => new CrosswalkLink(s, t, m.Confidence))))
            .ToList();
    }

    private static async Task<DemandInfo?> DemandAsync(RegistryDbContext db, GapTarget target, CancellationToken ct)
    {
        if (target.OccupationId is not { } id)
            return null;
        var soc = await db.Occupations.AsNoTracking().Where(o => o.Id == id).Select(o => o.SocCode).FirstOrDefaultAsync(ct);
        if (soc is null)
            return null;
        return await db.Demand.AsNoTracking().Where(d => d.SocCode == soc)
            .OrderBy(d => d.Region == "US" ? 0 : 1).ThenByDescending(d => d.Period)
            .Select(d => new DemandInfo(d.AnnualOpenings, d.GrowthPercent)).FirstOrDefaultAsync(ct);
    }
}
