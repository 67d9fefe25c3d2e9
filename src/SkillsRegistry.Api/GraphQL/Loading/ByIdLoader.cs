using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Loading;

/// <summary>Loads entities of one type by primary key, one <c>IN (…)</c> query per batch.</summary>
public sealed class ByIdLoader<T>(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<int, T>
    where T : class
{
    private static readonly PropertyInfo _id = typeof(T).GetProperty("Id") ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");

    protected override async Task<IReadOnlyDictionary<int, T>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read-only: rows go straight to the response, so the change tracker's snapshots are pure cost.
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var rows = await db.Set<T>().Where(e => ids.Contains(EF.Property<int>(e, "Id"))).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (int)_id.GetValue(r)!);
    }
}
