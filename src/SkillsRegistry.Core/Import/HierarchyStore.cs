using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import;

/// <summary>Broader/narrower edges between competencies of one framework (poly-hierarchy).</summary>
internal sealed class HierarchyStore
{
    private readonly DbSet<CompetencyBroader> _set;
    private readonly HashSet<(int, int)> _stored;
    private readonly HashSet<(int, int)> _seen = [];
    private readonly EntityCounts _counts;

    private HierarchyStore(ImportSession session, HashSet<(int, int)> stored)
    {
        _set = session.Db.CompetencyHierarchy;
        _stored = stored;
        _counts = session.Report.For(nameof(CompetencyBroader));
    }

    public static async Task<HierarchyStore> LoadAsync(ImportSession session, int frameworkId)
    {
        var edges = await session.Db.CompetencyHierarchy.AsNoTracking()
            .Where(e => e.Narrower.FrameworkId == frameworkId)
            .Select(e => new { e.NarrowerId, e.BroaderId })
            .ToListAsync(session.Token);
        return new HierarchyStore(session, [.. edges.Select(e => (e.NarrowerId, e.BroaderId))]);
    }

    /// <summary>Adds the edge unless stored; returns a rejection reason for a self-loop or a repeated edge.</summary>
    public string? Link(int narrowerId, int broaderId)
    {
        if (narrowerId == broaderId)
        {
            return "a concept cannot be broader than itself";
        }
        if (!_seen.Add((narrowerId, broaderId)))
        {
            return "duplicate broader relation (first occurrence kept)";
        }
        if (_stored.Contains((narrowerId, broaderId)))
        {
            _counts.Count(inserted: false, changed: false);
            return null;
        }
        _set.Add(new CompetencyBroader { NarrowerId = narrowerId, BroaderId = broaderId });
        _counts.Count(inserted: true, changed: false);
        return null;
    }
}
