using System.Linq.Expressions;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Filtering;

public static class FilteredConnectionField
{
    /// <summary>
    /// A root connection with <c>where</c>, <c>order</c>, <c>first</c> and <c>after</c>: the arguments become one
    /// SQL query for the page (and one count when <c>totalCount</c> is selected).
    /// </summary>
    public static void AddFilteredConnection<TNodeGraphType, T, TFilter, TKey>(this ObjectGraphType query, string name, string description,
        Func<RegistryDbContext, IQueryable<T>> source, Expression<Func<T, TKey>> defaultOrder, Expression<Func<T, int>> id)
        where TNodeGraphType : IGraphType
        where TFilter : FilterSchema<T>, new()
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new TFilter();
        query.Field<NonNullGraphType<ConnectionGraphType<TNodeGraphType, T>>>(name)
            .Description(description)
            .Argument<FilterInputGraphType<TFilter, T>>("where", $"Conditions the {name} must meet.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TFilter, T>>>>("order", "Sort keys, most significant first.")
            .Paged()
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbAsync();
                return await source(db).Where(c, filter).OrderBy(c, filter, defaultOrder, id).ToPageAsync(c, c.Page());
            });
    }
}
