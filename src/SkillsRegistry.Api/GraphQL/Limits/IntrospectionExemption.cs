using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace SkillsRegistry.Api.GraphQL.Limits;

/// <summary>
/// Lets schema-only queries (GraphiQL's introspection query is 15 levels deep) past the depth limit, then charges the
/// operation to the caller's query-cost budget.
/// </summary>
internal static class IntrospectionExemption
{
    private static readonly HashSet<string> _metaFields = ["__schema", "__type", "__typename"];

    public static Task Apply(ComplexityValidationContext context)
    {
        var schemaOnly = IsSchemaOnly(context.ValidationContext.Operation);
        if (context.Error is not null && schemaOnly)
            context.Error = null;
        // Within the limits: charge the operation's cost to its caller's budget (introspection pays a fixed price).
        var services = context.ValidationContext.RequestServices;
        if (services?.GetService<IHttpContextAccessor>()?.HttpContext is { } http)
            services.GetRequiredService<QueryCostLimiter>().Charge(context, http, schemaOnly);
        return Task.CompletedTask;
    }

    internal static bool IsSchemaOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && _metaFields.Contains(field.Name.StringValue));
}
