namespace SkillsRegistry.Core.Search;

/// <summary>
/// One search. <paramref name="Text"/> is plain words (no query syntax; empty or null matches everything the filter
/// lets through); <paramref name="Skip"/>/<paramref name="Take"/> page the ordered results.
/// </summary>
public sealed record CredentialSearchRequest(
    string? Text,
    CredentialSearchFilter Filter,
    CredentialSearchSort Sort,
    int Skip,
    int Take,
    bool IncludeFacets,
    bool IncludeHighlights);
