namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>One page of a connection: the items, where the page starts, and the total count when it was asked for.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Skip, bool HasNextPage, int? TotalCount);
