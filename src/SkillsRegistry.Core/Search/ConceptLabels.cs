namespace SkillsRegistry.Core.Search;

/// <summary>A competency as the index sees it: URI, labels and framework release.</summary>
internal sealed record ConceptLabels(int Id, string Uri, string PreferredLabel, IReadOnlyList<string> AlternativeLabels, string FrameworkKey);
