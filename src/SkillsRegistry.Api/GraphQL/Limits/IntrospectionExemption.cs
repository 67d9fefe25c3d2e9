using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>Lets schema-only queries (GraphiQL's introspection query is 15 levels deep) past the depth limit.</summary>
internal static class IntrospectionExemption
{
    private static readonly HashSet<string> _metaFields = ["__schema", "__type", "__typename"];

    public static Task Apply(ComplexityValidationContext context)
    {
        if (context.Error is not null && IsSchemaOnly(context.ValidationContext.Operation))
            context.Error = null;
        return Task.CompletedTask;
    }

    private static bool IsSchemaOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && _metaFields.Contains(field.Name.StringValue));
}
