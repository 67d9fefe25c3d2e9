using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data;

/// <summary>Which <see cref="DataStamp"/> areas a pending change touches, and raising them in its transaction.</summary>
internal static class DataStampWriter
{
    public static List<string> Collect(RegistryDbContext db)
    {
        var areas = new List<string>(2);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            var area = entry.Entity switch
            {
                CompetencyFramework or Competency or CompetencyBroader or Occupation or OccupationRequirement or ConceptMapping or OccupationDemand => DataStamp.Taxonomy,
                Provider or Credential or CredentialAlignment or CredentialPart => DataStamp.Supply,
                _ => null,
            };
            if (area is not null && !areas.Contains(area))
                areas.Add(area);
            if (areas.Count == 2)
                break;
        }
        return areas;
    }

    public static async Task RaiseAsync(RegistryDbContext db, List<string> areas, CancellationToken cancellationToken)
    {
        if (areas.Count > 0)
            await db.DataStamps.Where(s => areas.Contains(s.Name)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), cancellationToken);
    }
}
