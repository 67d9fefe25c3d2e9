using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data;

/// <summary>
/// Finds the credentials whose search documents a pending change affects: the credential itself, its
/// alignments and stackability links, its provider (the name is indexed) and aligned competencies (labels are
/// indexed). Ids of new rows are known only after the save, so the entities are kept and read afterwards.
/// </summary>
internal static class SearchOutboxWriter
{
    public sealed class Affected
    {
        public List<object> Rows { get; } = [];
        public HashSet<int> ProviderIds { get; } = [];
        public HashSet<int> CompetencyIds { get; } = [];
        public bool IsEmpty => Rows.Count == 0 && ProviderIds.Count == 0 && CompetencyIds.Count == 0;
    }

    public static Affected Collect(RegistryDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var affected = new Affected();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case Credential or CredentialAlignment or CredentialPart:
                    affected.Rows.Add(entry.Entity);
                    break;
                case Provider provider when entry.State != EntityState.Added:
                    affected.ProviderIds.Add(provider.Id);
                    break;
                case Competency competency when entry.State != EntityState.Added:
                    affected.CompetencyIds.Add(competency.Id);
                    break;
            }
        }
        return affected;
    }

    public static async Task EnqueueAsync(RegistryDbContext db, Affected affected, CancellationToken cancellationToken)
    {
        var ids = affected.Rows.SelectMany(CredentialIdsOf).ToHashSet();
        if (affected.ProviderIds.Count > 0)
            ids.UnionWith(await db.Credentials.Where(c => affected.ProviderIds.Contains(c.ProviderId)).Select(c => c.Id).ToListAsync(cancellationToken));
        if (affected.CompetencyIds.Count > 0)
            ids.UnionWith(await db.Alignments.Where(a => affected.CompetencyIds.Contains(a.CompetencyId)).Select(a => a.CredentialId).ToListAsync(cancellationToken));
        var now = DateTimeOffset.UtcNow;
        db.SearchOutbox.AddRange(ids.Select(id => new SearchOutboxEntry { CredentialId = id, EnqueuedAt = now }));
    }

    private static IEnumerable<int> CredentialIdsOf(object row) => row switch
    {
        Credential c => [c.Id],
        CredentialAlignment a => [a.CredentialId],
        CredentialPart p => [p.WholeId, p.PartId],
        _ => [],
    };
}
