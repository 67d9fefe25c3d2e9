using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>A Relay connection over <typeparamref name="TNodeGraphType"/> resolved from a <see cref="Page{T}"/>.</summary>
public sealed class ConnectionGraphType<TNodeGraphType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal);
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items with cursors (Relay connection).";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Number of items in the whole connection, across all pages.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("Cursors and whether more pages exist.")
            .Resolve(c => PageInfoOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, TNode>>>>>("edges")
            .Description("The items of this page, each with its cursor.")
            .Resolve(c => c.Source.Items.Select((item, i) => new Edge<TNode>(PageRequest.EncodeCursor(c.Source.Skip + i), item)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(c => c.Source.Items);
    }

    private static PageInfo PageInfoOf(Page<TNode> page) => new(
        page.HasNextPage,
        page.Skip > 0,
        page.Items.Count == 0 ? null : PageRequest.EncodeCursor(page.Skip),
        page.Items.Count == 0 ? null : PageRequest.EncodeCursor(page.Skip + page.Items.Count - 1));
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = typeof(TNodeGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal);
        Name = nodeName + "Edge";
        Description = $"A {nodeName} with its cursor.";
        Field(e => e.Cursor).Description("Opaque cursor of this item; pass it as `after` to continue after it.");
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item.").Resolve(c => c.Source.Node);
    }
}
