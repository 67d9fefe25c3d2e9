using GraphQL.Types;

namespace SkillsRegistry.Api.GraphQL.Filtering;

internal static class OperatorInputTypes
{
    public static Type For(FilterKind kind, Type valueType, Type? enumGraphType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        return kind switch
        {
            FilterKind.String => typeof(StringFilterInputGraphType),
            FilterKind.StringList => typeof(StringListFilterInputGraphType),
            FilterKind.Boolean => typeof(BooleanFilterInputGraphType),
            FilterKind.Enum => typeof(EnumFilterInputGraphType<>).MakeGenericType(
                enumGraphType ?? throw new ArgumentException("Enum filters need their enum graph type.", nameof(enumGraphType))),
            FilterKind.Comparable when type == typeof(int) => typeof(ComparableFilterInputGraphType<IntGraphType>),
            FilterKind.Comparable when type == typeof(decimal) || type == typeof(double) => typeof(ComparableFilterInputGraphType<FloatGraphType>),
            FilterKind.Comparable when type == typeof(DateOnly) => typeof(ComparableFilterInputGraphType<DateOnlyGraphType>),
            _ => throw new ArgumentException($"No {kind} filter for {valueType.Name}.", nameof(valueType)),
        };
    }
}

public sealed class StringFilterInputGraphType : InputObjectGraphType
{
    public StringFilterInputGraphType()
    {
        Name = "StringFilter";
        Description = "Conditions on a text field; all given operators must hold.";
        Field<StringGraphType>("eq").Description("Equal to this exact text (case-sensitive).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of these texts (case-sensitive).");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
    }
}

public sealed class ComparableFilterInputGraphType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType, new()
{
    public ComparableFilterInputGraphType()
    {
        var scalar = new TScalar().Name;
        Name = scalar + "Filter";
        Description = $"Conditions on a {scalar} field; all given operators must hold.";
        Field<TScalar>("eq").Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
    }
}

public sealed class EnumFilterInputGraphType<TEnumGraphType> : InputObjectGraphType
    where TEnumGraphType : EnumerationGraphType, new()
{
    public EnumFilterInputGraphType()
    {
        var enumName = new TEnumGraphType().Name;
        Name = enumName + "Filter";
        Description = $"Conditions on a {enumName} field.";
        Field<TEnumGraphType>("eq").Description("Equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("Equal to one of.");
    }
}

public sealed class StringListFilterInputGraphType : InputObjectGraphType
{
    public StringListFilterInputGraphType()
    {
        Name = "CodeListFilter";
        Description = "Conditions on a list of codes (ISO language or region codes).";
        Field<StringGraphType>("includes").Description("The list contains this code.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("includesAny").Description("The list contains at least one of these codes.");
    }
}

public sealed class BooleanFilterInputGraphType : InputObjectGraphType
{
    public BooleanFilterInputGraphType()
    {
        Name = "BooleanFilter";
        Description = "Condition on a true/false field.";
        Field<BooleanGraphType>("eq").Description("Equal to.");
    }
}
