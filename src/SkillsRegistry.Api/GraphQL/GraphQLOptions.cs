using System.ComponentModel.DataAnnotations;

namespace SkillsRegistry.Api.GraphQL;

/// <summary>Limits of the GraphQL endpoint (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting allowed; schema-only (introspection) queries are exempt.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 12;

    /// <summary>Largest computed cost: every field costs 1, multiplied by the page sizes (<c>first</c>) above it.</summary>
    [Range(1, 10_000_000)]
    public int MaxComplexity { get; set; } = 25_000;

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    [Range(1_024, 10_000_000)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    [Range(0, 100_000)]
    public int DocumentCacheSize { get; set; } = 1_000;

    public bool EnableIntrospection { get; set; } = true;
}
