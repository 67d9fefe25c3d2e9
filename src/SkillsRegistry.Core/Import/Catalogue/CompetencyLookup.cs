using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Maps competency URIs to ids; where a URI recurs in several framework releases, the newest release wins.</summary>
internal static class CompetencyLookup
{
    public static async Task<Dictionary<string, int>> LoadAsync(RegistryDbContext db, IEnumerable<string> uris, CancellationToken ct)
    {
        var wanted = uris.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Competencies.AsNoTracking()
            .Where(c => wanted.Contains(c.Uri))
            .Select(c => new { c.Uri, c.Id, c.FrameworkId, c.Framework.Version })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Uri, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(r => Release(r.Version)).ThenByDescending(r => r.FrameworkId).First().Id,
            StringComparer.Ordinal);
    }

    /// <summary>"1.1.1", "29.3" and "2024" compare as versions; anything else sorts as the oldest.</summary>
    internal static Version Release(string version) =>
        Version.TryParse(version.Contains('.', StringComparison.Ordinal) ? version : version + ".0", out var parsed)
            ? parsed
            : new Version(0, 0);
}
