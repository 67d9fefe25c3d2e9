using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>Builds a <see cref="ComparisonSnapshot"/> with a few set-based queries; unknown ids are an <see cref="ArgumentException"/>.</summary>
public static class ComparisonSnapshotLoader
{
    private const int MaxStackLevels = 4;

    /// <summary>The credentials, their parts (up to 4 levels), alignments with weights, and the hierarchy and crosswalk around their competencies.</summary>
    public static async Task<ComparisonSnapshot> LoadCredentialsAsync(RegistryDbContext db, IReadOnlyCollection<int> credentialIds, int hierarchyDepth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(credentialIds);
        ValidateDepth(hierarchyDepth);
        ComparisonEngine.ValidateCredentialIds(credentialIds);
        var asked = credentialIds.ToList();
        var known = await db.Credentials.AsNoTracking().Where(c => asked.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        var unknown = asked.Except(known).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown credential ids: {string.Join(", ", unknown)}.", nameof(credentialIds));

        var ids = asked.ToHashSet();
        var frontier = asked;
        for (var level = 0; level < MaxStackLevels && frontier.Count > 0; level++)
        {
            var wholes = frontier;
            var parts = await db.CredentialParts.AsNoTracking().Where(p => wholes.Contains(p.WholeId)).Select(p => p.PartId).ToListAsync(ct);
            frontier = parts.Where(ids.Add).ToList();
        }
        var idList = ids.ToList();
        var alignments = await db.Alignments.AsNoTracking().Where(a => idList.Contains(a.CredentialId))
            .Select(a => new { a.CredentialId, a.CompetencyId, a.Type, a.Weight }).ToListAsync(ct);
        var partRows = (await db.CredentialParts.AsNoTracking().Where(p => idList.Contains(p.WholeId))
            .Select(p => new { p.WholeId, p.PartId }).ToListAsync(ct)).ToLookup(p => p.WholeId, p => p.PartId);
        var byCredential = alignments.ToLookup(a => a.CredentialId);
        var credentials = (await SupplyLoader.PostingsAsync(db, idList, ct)).Select(c => c with
        {
            Competencies = byCredential[c.Id].Where(a => a.Type != AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
            Prerequisites = byCredential[c.Id].Where(a => a.Type == AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
            PartIds = partRows[c.Id].Where(ids.Contains).ToList(),
        }).ToList();
        var taught = alignments.Where(a => a.Type != AlignmentType.Requires).ToList();
        var competencies = taught.Select(a => a.CompetencyId).Distinct().ToList();
        var edges = await GapSnapshotLoader.HierarchyAsync(db, competencies, hierarchyDepth, ct);
        var links = await GapSnapshotLoader.CrosswalkAsync(db, competencies, ct);
        var supply = new GapSnapshot([], credentials, new CompetencyGraph(edges, hierarchyDepth), links);
        return new ComparisonSnapshot(supply, asked, weights: taught.Select(a => (a.CredentialId, a.CompetencyId, a.Weight)));
    }

    /// <summary>The occupation's snapshot as <see cref="GapSnapshotLoader"/> loads it; providers are applied as a filter when comparing.</summary>
    public static async Task<ComparisonSnapshot> LoadProvidersAsync(RegistryDbContext db, IReadOnlyCollection<int> providerIds, int occupationId, int hierarchyDepth, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(providerIds);
        ValidateDepth(hierarchyDepth);
        ComparisonEngine.ValidateProviderIds(providerIds);
        var asked = providerIds.ToList();
        var known = await db.Providers.AsNoTracking().Where(p => asked.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        var unknown = asked.Except(known).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown provider ids: {string.Join(", ", unknown)}.", nameof(providerIds));
        if (!await db.Occupations.AnyAsync(o => o.Id == occupationId, ct))
            throw new ArgumentException($"Unknown occupation id: {occupationId}.", nameof(occupationId));
        var supply = await GapSnapshotLoader.LoadAsync(db, GapTarget.ForOccupation(occupationId) with { HierarchyDepth = hierarchyDepth }, ct);
        return new ComparisonSnapshot(supply, providerIds: asked, occupationId: occupationId);
    }

    private static void ValidateDepth(int hierarchyDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hierarchyDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hierarchyDepth, CompetencyHierarchy.MaxDepth);
    }
}
