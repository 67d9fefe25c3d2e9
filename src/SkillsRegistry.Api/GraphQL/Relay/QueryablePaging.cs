using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Api.GraphQL.Relay;

public static class QueryablePaging
{
    /// <summary>
    /// Reads one page (one extra row tells whether another page follows) and, only when the query selects
    /// <c>totalCount</c>, counts the filtered query.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, IResolveFieldContext context, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = page.Take == 0 ? [] : await ordered.Skip(page.Skip).Take(page.Take + 1).ToListAsync(context.CancellationToken);
        int? total = SelectsTotalCount(context) ? await ordered.CountAsync(context.CancellationToken) : null;
        var hasNext = rows.Count > page.Take || (page.Take == 0 && total > page.Skip);
        return new Page<T>(rows.Take(page.Take).ToList(), page.Skip, hasNext, total);
    }

    public static bool SelectsTotalCount(IResolveFieldContext context) =>
        context?.SubFields?.ContainsKey("totalCount") == true;
}
