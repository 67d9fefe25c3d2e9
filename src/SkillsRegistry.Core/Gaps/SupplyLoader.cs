using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>Loads the credentials aligned (Teaches/Assesses) to relevant competencies, the wholes above them, and their alignments and parts.</summary>
internal static class SupplyLoader
{
    private const int MaxStackLevels = 4;

    public static async Task<List<SupplyPosting>> LoadAsync(
        RegistryDbContext db, HashSet<int> competencyIds, IReadOnlyCollection<int> heldCredentialIds, CancellationToken ct)
    {
        var relevant = competencyIds.ToList();
        var ids = (await db.Alignments.AsNoTracking()
            .Where(a => relevant.Contains(a.CompetencyId) && a.Type != AlignmentType.Requires)
            .Select(a => a.CredentialId).Distinct().ToListAsync(ct)).ToHashSet();
        await AddWholesAsync(db, ids, ct);
        ids.ExceptWith(heldCredentialIds);
        var idList = ids.ToList();
        var alignments = (await db.Alignments.AsNoTracking().Where(a => idList.Contains(a.CredentialId))
            .Select(a => new { a.CredentialId, a.CompetencyId, a.Type }).ToListAsync(ct)).ToLookup(a => a.CredentialId);
        var parts = (await db.CredentialParts.AsNoTracking().Where(p => idList.Contains(p.WholeId))
            .Select(p => new { p.WholeId, p.PartId }).ToListAsync(ct)).ToLookup(p => p.WholeId, p => p.PartId);
        var rows = await PostingsAsync(db, idList, ct);
        return rows.Select(c => c with
        {
            Competencies = alignments[c.Id].Where(a => a.Type != AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
            Prerequisites = alignments[c.Id].Where(a => a.Type == AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
            PartIds = parts[c.Id].Where(ids.Contains).ToList(),
        }).ToList();
    }

    private static async Task AddWholesAsync(RegistryDbContext db, HashSet<int> ids, CancellationToken ct)
    {
        var frontier = ids.ToList();
        for (var level = 0; level < MaxStackLevels && frontier.Count > 0; level++)
        {
            var parts = frontier;
            var wholes = await db.CredentialParts.AsNoTracking().Where(p => parts.Contains(p.PartId)).Select(p => p.WholeId).ToListAsync(ct);
            frontier = wholes.Where(ids.Add).ToList();
        }
    }

    internal static Task<List<SupplyPosting>> PostingsAsync(RegistryDbContext db, List<int> ids, CancellationToken ct) =>
        db.Credentials.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new SupplyPosting(c.Id, c.Title, c.ProviderId)
        {
            Regions = c.Regions,
            Languages = c.Languages,
            EqfLevel = c.EqfLevel,
            CostAmount = c.CostAmount,
            CostCurrency = c.CostCurrency,
            Hours = c.Hours,
            DurationDays = c.DurationDays,
            DeliveryMode = c.DeliveryMode,
            Type = c.Type,
            Status = c.Status,
        }).ToListAsync(ct);
}
