namespace SkillsRegistry.Core.Search;

/// <summary>What an autocomplete entry names.</summary>
public enum SuggestionKind
{
    Competency,
    Occupation,
    Provider,
}
