using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>Refuses documents with more aliased fields or directive uses than configured (amplification attacks).</summary>
public sealed class DocumentLimitsRule(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    private readonly GraphQLOptions _options = options.Value;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var aliases = 0;
        var directives = 0;
        Count(context.Document, ref aliases, ref directives);
        if (aliases > _options.MaxAliases)
            context.ReportError(new ValidationError($"The document uses {aliases} aliases; at most {_options.MaxAliases} are allowed (GraphQL:MaxAliases).") { Code = "TOO_MANY_ALIASES" });
        if (directives > _options.MaxDirectives)
            context.ReportError(new ValidationError($"The document uses {directives} directives; at most {_options.MaxDirectives} are allowed (GraphQL:MaxDirectives).") { Code = "TOO_MANY_DIRECTIVES" });
        return ValueTask.FromResult<INodeVisitor?>(null);
    }

    private static void Count(ASTNode node, ref int aliases, ref int directives)
    {
        switch (node)
        {
            case GraphQLField { Alias: not null }:
                aliases++;
                break;
            case GraphQLDirective:
                directives++;
                break;
        }
        foreach (var child in Children(node))
            Count(child, ref aliases, ref directives);
    }

    private static IEnumerable<ASTNode> Children(ASTNode node) => node switch
    {
        GraphQLDocument d => d.Definitions,
        GraphQLOperationDefinition o => [.. (IEnumerable<ASTNode>?)o.Directives?.Items ?? [], o.SelectionSet],
        GraphQLFragmentDefinition f => [.. (IEnumerable<ASTNode>?)f.Directives?.Items ?? [], f.SelectionSet],
        GraphQLSelectionSet s => s.Selections,
        GraphQLField f => [.. (IEnumerable<ASTNode>?)f.Directives?.Items ?? [], .. f.SelectionSet is null ? [] : new ASTNode[] { f.SelectionSet }],
        GraphQLFragmentSpread s => (IEnumerable<ASTNode>?)s.Directives?.Items ?? [],
        GraphQLInlineFragment i => [.. (IEnumerable<ASTNode>?)i.Directives?.Items ?? [], i.SelectionSet],
        _ => [],
    };
}
