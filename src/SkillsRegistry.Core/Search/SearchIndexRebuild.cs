using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

public static class SearchIndexRebuild
{
    /// <summary>
    /// Rebuilds the index from the database, then drops the outbox entries queued before the rebuild began (the
    /// rebuild covers them); entries queued during it stay, so no change is lost.
    /// </summary>
    public static async Task RebuildFromDatabaseAsync(this ICredentialSearch search, RegistryDbContext db,
        IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(db);
        var coveredUpTo = await db.SearchOutbox.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        await search.RebuildAsync(db, progress, cancellationToken);
        await db.SearchOutbox.Where(e => e.Id <= coveredUpTo).ExecuteDeleteAsync(cancellationToken);
    }
}
