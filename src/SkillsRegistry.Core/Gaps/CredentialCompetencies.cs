namespace SkillsRegistry.Core.Gaps;

/// <summary>A credential and some of its competency ids (ascending).</summary>
public sealed record CredentialCompetencies(int CredentialId, IReadOnlyList<int> CompetencyIds);
