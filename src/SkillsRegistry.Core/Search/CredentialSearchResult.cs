namespace SkillsRegistry.Core.Search;

/// <summary>One page of hits, the number of all matches, and facets over all matches (empty unless asked for).</summary>
public sealed record CredentialSearchResult(IReadOnlyList<SearchHit> Hits, int TotalCount, IReadOnlyList<Facet> Facets);
