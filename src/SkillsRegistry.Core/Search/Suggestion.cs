namespace SkillsRegistry.Core.Search;

/// <summary>
/// An autocomplete entry: the entity, its preferred label, and the alternative label that matched (null when the
/// preferred label matched).
/// </summary>
public sealed record Suggestion(SuggestionKind Kind, int Id, string Label, string? MatchedLabel, float Score);
