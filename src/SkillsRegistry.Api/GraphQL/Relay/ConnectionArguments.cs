using GraphQL.Builders;
using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Relay;

public static class ConnectionArguments
{
    /// <summary>Adds the forward paging arguments <c>first</c> and <c>after</c>.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", "Number of items to return (default 20, at most 100).")
            .Argument<StringGraphType>("after", "Return the items after this cursor (an `endCursor` or edge `cursor`).");
    }
}
