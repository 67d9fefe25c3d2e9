using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Loading;

/// <summary>Loads the (small) child lists of many parents with one query: alignments of credentials, broader concepts, ….</summary>
public abstract class ChildListLoader<TChild>(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<int, IReadOnlyList<TChild>>
{
    /// <summary>The children of the given parents, ordered as they should be listed.</summary>
    protected abstract IQueryable<TChild> Query(RegistryDbContext db, int[] parentIds);

    protected abstract int ParentOf(TChild child);

    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<TChild>>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read-only: rows go straight to the response, so the change tracker's snapshots are pure cost.
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var rows = await Query(db, keys.ToArray()).ToListAsync(cancellationToken);
        var byParent = rows.GroupBy(ParentOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TChild>)g.ToList());
        foreach (var key in keys)
            byParent.TryAdd(key, []);
        return byParent;
    }
}
