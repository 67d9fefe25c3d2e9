using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import;

/// <summary>Occupation→competency requirements of one framework, keyed by (occupation, competency).</summary>
internal sealed class RequirementStore
{
    private readonly DbSet<OccupationRequirement> _set;
    private readonly Dictionary<(int, int), OccupationRequirement> _stored;
    private readonly HashSet<(int, int)> _seen = [];
    private readonly EntityCounts _counts;

    private RequirementStore(ImportSession session, Dictionary<(int, int), OccupationRequirement> stored)
    {
        _set = session.Db.Requirements;
        _stored = stored;
        _counts = session.Report.For(nameof(OccupationRequirement));
    }

    public static async Task<RequirementStore> LoadAsync(ImportSession session, int frameworkId)
    {
        var stored = await session.Db.Requirements.AsTracking()
            .Where(r => r.Occupation.FrameworkId == frameworkId)
            .ToDictionaryAsync(r => (r.OccupationId, r.CompetencyId), session.Token);
        return new RequirementStore(session, stored);
    }

    /// <summary>Inserts or updates the requirement; returns a rejection reason when the pair was already imported in this run.</summary>
    public string? Upsert(OccupationRequirement incoming)
    {
        var key = (incoming.OccupationId, incoming.CompetencyId);
        if (!_seen.Add(key))
        {
            return "duplicate occupation–competency pair (first occurrence kept)";
        }
        if (_stored.TryGetValue(key, out var existing))
        {
            _counts.Count(inserted: false, EntityMerge.Into(existing, incoming));
            return null;
        }
        _set.Add(incoming);
        _stored[key] = incoming;
        _counts.Count(inserted: true, changed: false);
        return null;
    }
}
