using GraphQL;
using GraphQLParser.AST;

namespace SkillsRegistry.Api.GraphQL;

/// <summary>
/// Tells a resolver whether the request selects a field below its own, through fragments, so work nobody asked for
/// (search highlights, facet counts) is skipped. A field under <c>@skip</c>/<c>@include</c> counts as selected: the
/// answer may cost more than needed, never less.
/// </summary>
internal static class SelectionSets
{
    public static bool Selects(this IResolveFieldContext context, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Selects(context, context.FieldAst.SelectionSet, path, 0);
    }

    private static bool Selects(IResolveFieldContext context, GraphQLSelectionSet? set, string[] path, int depth)
    {
        if (set is null)
            return false;
        foreach (var selection in set.Selections)
        {
            var found = selection switch
            {
                GraphQLField field when field.Name.Value == path[depth] =>
                    depth == path.Length - 1 || Selects(context, field.SelectionSet, path, depth + 1),
                GraphQLInlineFragment inline => Selects(context, inline.SelectionSet, path, depth),
                GraphQLFragmentSpread spread => Selects(context, Fragment(context, spread)?.SelectionSet, path, depth),
                _ => false,
            };
            if (found)
                return true;
        }
        return false;
    }

    private static GraphQLFragmentDefinition? Fragment(IResolveFieldContext context, GraphQLFragmentSpread spread) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(d => d.FragmentName.Name.Value == spread.FragmentName.Name.Value);
}
