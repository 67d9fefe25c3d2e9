namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// What a gap is measured against: the requirements of one occupation, or an explicit set of competencies (a "role",
/// all treated as essential), minus what the learner already holds.
/// </summary>
public sealed record GapTarget
{
    private GapTarget(int? occupationId, IReadOnlyCollection<int> roleCompetencyIds)
    {
        OccupationId = occupationId;
        RoleCompetencyIds = roleCompetencyIds;
    }

    /// <summary>The occupation whose requirements are the target; null for a role.</summary>
    public int? OccupationId { get; }

    /// <summary>The competencies of a role (empty for an occupation).</summary>
    public IReadOnlyCollection<int> RoleCompetencyIds { get; }

    /// <summary>Competencies the learner holds: requirements with these ids are removed (exact id match).</summary>
    public IReadOnlyCollection<int> HeldCompetencyIds { get; init; } = [];

    /// <summary>Credentials the learner holds: what they teach or assess counts as held; they are not offered as supply.</summary>
    public IReadOnlyCollection<int> HeldCredentialIds { get; init; } = [];

    /// <summary>How many hierarchy levels above and below each requirement the snapshot loads (default 2, at most 6).</summary>
    public int HierarchyDepth { get; init; } = 2;

    public static GapTarget ForOccupation(int occupationId) => new(occupationId, []);

    public static GapTarget ForRole(IEnumerable<int> competencyIds) => new(null, competencyIds.Distinct().ToArray());
}
