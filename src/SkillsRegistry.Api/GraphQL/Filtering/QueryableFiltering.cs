using System.Linq.Expressions;
using GraphQL;

namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>Applies the <c>where</c> and <c>order</c> arguments of a field to an EF Core query.</summary>
public static class QueryableFiltering
{
    public static IQueryable<T> Where<T>(this IQueryable<T> query, IResolveFieldContext context, FilterSchema<T> schema)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(schema);
        return context.GetArgument<Dictionary<string, object?>?>("where") is { } where
            ? query.Where(schema.ToPredicate(where))
            : query;
    }

    /// <summary>Sorts by the <c>order</c> list (default: <paramref name="defaultKey"/>), then by id so pages are stable.</summary>
    public static IQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, IResolveFieldContext context, FilterSchema<T> schema,
        Expression<Func<T, TKey>> defaultKey, Expression<Func<T, int>> id)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(schema);
        IOrderedQueryable<T>? ordered = null;
        foreach (var item in context.GetArgument<List<Dictionary<string, object?>>?>("order") ?? [])
        {
            var chosen = item.Where(kv => kv.Value is not null).ToList();
            if (chosen.Count != 1)
                throw new ExecutionError($"Each element of 'order' must set exactly one field; got {chosen.Count}.") { Code = "INVALID_ORDER" };
            var (name, direction) = chosen[0];
            var key = schema.SortFields.Single(f => f.Name == name).Key;
            ordered = Apply(query, ordered, key, (SortDirection)direction! == SortDirection.Desc);
        }
        ordered ??= Apply(query, null, defaultKey, false);
        return Apply(query, ordered, id, false);
    }

    private static IOrderedQueryable<T> Apply<T>(IQueryable<T> query, IOrderedQueryable<T>? ordered, LambdaExpression key, bool descending)
    {
        var method = (ordered is null, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var source = ordered?.Expression ?? query.Expression;
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }
}
