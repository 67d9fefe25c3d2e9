using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import;

/// <summary>Creates or updates the framework release an import writes into.</summary>
internal static class FrameworkUpsert
{
    public static async Task<int> RunAsync(ImportSession session, CompetencyFramework wanted)
    {
        var db = session.Db;
        var existing = await db.Frameworks.AsTracking().SingleOrDefaultAsync(f => f.Key == wanted.Key, session.Token);
        var counts = session.Report.For(nameof(CompetencyFramework));
        if (existing is null)
        {
            db.Frameworks.Add(wanted);
            await session.SaveAsync();
            counts.Count(inserted: true, changed: false);
            return wanted.Id;
        }
        var changed = existing.Name != wanted.Name || existing.Publisher != wanted.Publisher
            || existing.Version != wanted.Version || existing.SourceUri != wanted.SourceUri
            || existing.Licence != wanted.Licence || existing.Attribution != wanted.Attribution;
        if (changed)
        {
            (existing.Name, existing.Publisher, existing.Version) = (wanted.Name, wanted.Publisher, wanted.Version);
            (existing.SourceUri, existing.Licence, existing.Attribution) = (wanted.SourceUri, wanted.Licence, wanted.Attribution);
            await session.SaveAsync();
        }
        counts.Count(inserted: false, changed);
        return existing.Id;
    }
}
