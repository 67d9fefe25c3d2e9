namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>Page sizes of every connection (configuration section <c>GraphQL:Paging</c>).</summary>
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;
}
