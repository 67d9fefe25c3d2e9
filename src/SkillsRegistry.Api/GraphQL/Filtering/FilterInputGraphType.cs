using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>The <c>where:</c> input of one entity, generated from its <see cref="FilterSchema{T}"/>.</summary>
public sealed class FilterInputGraphType<TSchema, T> : InputObjectGraphType
    where TSchema : FilterSchema<T>, new()
{
    public FilterInputGraphType()
    {
        var schema = new TSchema();
        Name = schema.EntityName + "Filter";
        Description = $"Conditions on {schema.EntityName} items; all given fields must hold. Combine with `and`, `or`, `not`.";
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TSchema, T>>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<TSchema, T>>>>("or").Description("At least one of these conditions holds.");
        Field<FilterInputGraphType<TSchema, T>>("not").Description("This condition does not hold.");
        foreach (var field in schema.Fields)
            Field(field.Name, field.InputGraphType).Description(field.Description);
    }
}

/// <summary>One element of the <c>order:</c> list; exactly one field must be set.</summary>
public sealed class SortInputGraphType<TSchema, T> : InputObjectGraphType
    where TSchema : FilterSchema<T>, new()
{
    public SortInputGraphType()
    {
        var schema = new TSchema();
        Name = schema.EntityName + "Sort";
        Description = $"One sort key for {schema.EntityName} items. Give a list to sort by several keys; ties are broken by id.";
        foreach (var field in schema.SortFields)
            Field<SortDirectionGraphType>(field.Name).Description(field.Description);
    }
}
