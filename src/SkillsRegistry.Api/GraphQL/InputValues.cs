namespace SkillsRegistry.Api.GraphQL;

/// <summary>Typed reads of the fields of an input object argument (as GraphQL.NET hands it over: a dictionary).</summary>
internal static class InputValues
{
    /// <summary>The list field's items of type <typeparamref name="T"/>, or null when the field is absent.</summary>
    public static List<T>? List<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name) is IEnumerable<object?> values ? values.OfType<T>().ToList() : null;

    /// <summary>A Float field as a decimal, or null when absent.</summary>
    public static decimal? Decimal(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.GetValueOrDefault(name) is double value ? (decimal)value : null;
}
