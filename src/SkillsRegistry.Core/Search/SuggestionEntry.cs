namespace SkillsRegistry.Core.Search;

/// <summary>Something autocomplete can name: an entity with its preferred and alternative labels.</summary>
internal sealed record SuggestionEntry(SuggestionKind Kind, int Id, string PreferredLabel, IReadOnlyList<string> AlternativeLabels);
