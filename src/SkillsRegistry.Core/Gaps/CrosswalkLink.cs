namespace SkillsRegistry.Core.Gaps;

/// <summary>A competency-level crosswalk edge (ConceptMapping of kind Competency) resolved to competency ids; symmetric.</summary>
public sealed record CrosswalkLink(int SourceId, int TargetId, double Confidence);
