namespace SkillsRegistry.Core.Gaps;

/// <summary>One credential of a pathway, in the order to take them.</summary>
/// <remarks>
/// <see cref="NewlyCovered"/> lists the essential competencies this step covers first. <see cref="ForPrerequisite"/>
/// marks a credential added to cover another step's prerequisite. <see cref="IncludedIn"/> names a chosen credential
/// this one is part of (stackability): its cost and hours are then not counted again.
/// </remarks>
public sealed record PathwayStep(
    int CredentialId,
    string Title,
    IReadOnlyList<int> NewlyCovered,
    bool ForPrerequisite = false,
    int? IncludedIn = null);
