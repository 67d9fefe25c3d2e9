using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import;

/// <summary>
/// The concepts (competencies or occupations) of one framework release, keyed by URI: upserts imported rows
/// against what is stored, counts them, and refuses a URI seen twice in one run.
/// </summary>
internal sealed class UriStore<T>(
    DbSet<T> set, Dictionary<string, T> stored, Func<T, string> uriOf, Func<T, int> idOf, Func<T, T, bool> merge, EntityCounts counts)
    where T : class
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public static async Task<UriStore<Competency>> CompetenciesAsync(ImportSession session, int frameworkId)
    {
        var stored = await session.Db.Competencies.AsTracking().Where(c => c.FrameworkId == frameworkId)
            .ToDictionaryAsync(c => c.Uri, StringComparer.Ordinal, session.Token);
        return new UriStore<Competency>(session.Db.Competencies, stored, c => c.Uri, c => c.Id, EntityMerge.Into,
            session.Report.For(nameof(Competency)));
    }

    public static async Task<UriStore<Occupation>> OccupationsAsync(ImportSession session, int frameworkId)
    {
        var stored = await session.Db.Occupations.AsTracking().Where(o => o.FrameworkId == frameworkId)
            .ToDictionaryAsync(o => o.Uri, StringComparer.Ordinal, session.Token);
        return new UriStore<Occupation>(session.Db.Occupations, stored, o => o.Uri, o => o.Id, EntityMerge.Into,
            session.Report.For(nameof(Occupation)));
    }

    /// <summary>Inserts or updates <paramref name="incoming"/>; returns a rejection reason for a duplicate URI.</summary>
    public string? Upsert(T incoming)
    {
        var uri = uriOf(incoming);
        if (!_seen.Add(uri))
        {
            return $"duplicate URI {uri} (first occurrence kept)";
        }
        if (stored.TryGetValue(uri, out var existing))
        {
            counts.Count(inserted: false, merge(existing, incoming));
            return null;
        }
        set.Add(incoming);
        stored[uri] = incoming;
        counts.Count(inserted: true, changed: false);
        return null;
    }

    /// <summary>The stored entity for <paramref name="uri"/> (saved or pending), if any.</summary>
    public T? Find(string uri) => stored.GetValueOrDefault(uri);

    /// <summary>The database id of <paramref name="uri"/>; valid once pending inserts are saved.</summary>
    public bool TryGetId(string uri, out int id)
    {
        id = stored.TryGetValue(uri, out var entity) ? idOf(entity) : 0;
        return id > 0;
    }
}
