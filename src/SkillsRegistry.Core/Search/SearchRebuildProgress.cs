namespace SkillsRegistry.Core.Search;

/// <summary>Progress of a rebuild: what is being indexed, how many of how many.</summary>
public sealed record SearchRebuildProgress(string Phase, int Done, int Total);
