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

    /// <summary>Anonymous callers may send only <c>documentId</c>s of registered documents, not query text.</summary>
    public bool PersistedDocumentsOnly { get; set; }

    /// <summary>Most lexical tokens a document may have; counted before parsing, so a huge document costs little to refuse.</summary>
    [Range(10, 1_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Most aliased fields in one document (a thousand aliases of one field is a classic amplification attack).</summary>
    [Range(0, 10_000)]
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most directive uses in one document.</summary>
    [Range(0, 10_000)]
    public int MaxDirectives { get; set; } = 20;

    /// <summary>
    /// Most requests in one batched POST (a JSON array) from a caller with an API key; anonymous callers cannot batch.
    /// Every request in a batch is charged its query cost like a single one. 0 turns batching off for everyone.
    /// </summary>
    [Range(0, 100)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Most errors returned in one response; the rest are summarised in one more error.</summary>
    [Range(1, 1_000)]
    public int MaxErrors { get; set; } = 5;
}
