namespace SkillsRegistry.Core.Gaps;

/// <summary>A competency a chosen credential requires that neither the learner holds nor the pathway covers.</summary>
public sealed record UnmetPrerequisite(int CredentialId, int CompetencyId);
