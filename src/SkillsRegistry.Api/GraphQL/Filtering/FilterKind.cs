namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>Which operators a filterable field offers.</summary>
public enum FilterKind
{
    /// <summary>eq, in, contains, startsWith (contains and startsWith ignore case).</summary>
    String,

    /// <summary>eq, in, gt, gte, lt, lte on numbers and dates.</summary>
    Comparable,

    /// <summary>eq, in on an enumeration.</summary>
    Enum,

    /// <summary>includes, includesAny on a list of codes (languages, regions).</summary>
    StringList,

    /// <summary>eq on a boolean.</summary>
    Boolean,
}
