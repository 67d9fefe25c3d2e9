using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>One page of search results as the GraphQL connection sees it.</summary>
public sealed record SearchPage(CredentialSearchResult Result, int Skip, int Take, bool Degraded);
