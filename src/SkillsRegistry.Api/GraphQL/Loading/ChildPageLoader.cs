using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Loading;

/// <summary>Which page of whose children.</summary>
public readonly record struct ChildPageKey(int ParentId, int Skip, int Take, bool CountAll);

/// <summary>
/// Pages of children for many parents (requirements of occupations, credentials of a provider) in one query per
/// distinct page size: the database numbers the rows per parent, so the command count does not grow with the parents.
/// </summary>
public abstract class ChildPageLoader<TChild>(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<ChildPageKey, Page<TChild>>
    where TChild : class
{
    protected abstract IQueryable<TChild> Query(RegistryDbContext db, int[] parentIds);

    protected abstract Expression<Func<TChild, int>> ParentKey { get; }

    /// <summary>Order of the children within a parent; <see cref="TieBreaker"/> makes it total.</summary>
    protected abstract LambdaExpression OrderKey { get; }

    protected abstract LambdaExpression TieBreaker { get; }

    protected override async Task<IReadOnlyDictionary<ChildPageKey, Page<TChild>>> FetchAsync(IReadOnlyCollection<ChildPageKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read-only: rows go straight to the response, so the change tracker's snapshots are pure cost.
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var result = new Dictionary<ChildPageKey, Page<TChild>>();
        foreach (var group in keys.GroupBy(k => (k.Skip, k.Take)))
        {
            var parentIds = group.Select(k => k.ParentId).Distinct().ToArray();
            var items = await PagesAsync(db, parentIds, group.Key.Skip, group.Key.Take, cancellationToken);
            var counts = group.Any(k => k.CountAll) ? await CountsAsync(db, parentIds, cancellationToken) : null;
            foreach (var key in group)
            {
                var rows = items.TryGetValue(key.ParentId, out var list) ? list : [];
                int? total = counts is null ? null : counts.GetValueOrDefault(key.ParentId);
                result[key] = new Page<TChild>(rows.Take(key.Take).ToList(), key.Skip, rows.Count > key.Take, total);
            }
        }
        return result;
    }

    private async Task<Dictionary<int, List<TChild>>> PagesAsync(RegistryDbContext db, int[] parentIds, int skip, int take, CancellationToken ct)
    {
        if (take == 0)
            return [];
        var parentOf = ParentKey.Compile();
        var rows = await Query(db, parentIds)
            .GroupBy(ParentKey)
            .Select(PageOfGroup(skip, take + 1))
            .ToListAsync(ct);
        return rows.Where(r => r.Count > 0).ToDictionary(r => parentOf(r[0]));
    }

    private Expression<Func<IGrouping<int, TChild>, List<TChild>>> PageOfGroup(int skip, int take)
    {
        var group = Expression.Parameter(typeof(IGrouping<int, TChild>), "g");
        Expression body = Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(TChild), OrderKey.ReturnType], group, OrderKey);
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.ThenBy), [typeof(TChild), TieBreaker.ReturnType], body, TieBreaker);
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Skip), [typeof(TChild)], body, Expression.Constant(skip));
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TChild)], body, Expression.Constant(take));
        body = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TChild)], body);
        return Expression.Lambda<Func<IGrouping<int, TChild>, List<TChild>>>(body, group);
    }

    private async Task<Dictionary<int, int>> CountsAsync(RegistryDbContext db, int[] parentIds, CancellationToken ct) =>
        await Query(db, parentIds).GroupBy(ParentKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
