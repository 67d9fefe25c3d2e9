namespace SkillsRegistry.Core.Search;

/// <summary>A facet value, a display label where the value is an identifier, and the number of matching credentials.</summary>
public sealed record FacetValue(string Value, string? Label, int Count);
