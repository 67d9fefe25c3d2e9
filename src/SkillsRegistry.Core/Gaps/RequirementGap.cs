using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>The supply for one required competency.
/// <para>Best: Up to 3 covering credentials: fit descending, then cost ascending, hours ascending (unknown last), id.</para>
/// <para>GapWeight: See <see cref="GapWeights.GapWeight"/>.</para>
/// <para>Priority: GapWeight × demand factor when uncovered, else 0.</para>
/// </summary>
public sealed record RequirementGap(
    TargetRequirement Requirement,
    bool Covered,
    int CredentialCount,
    int ProviderCount,
    IReadOnlyList<CoveringCredential> Best,
    double GapWeight,
    double Priority)
{
    public int CompetencyId => Requirement.CompetencyId;
    public RequirementRelation Relation => Requirement.Relation;
    public double Importance => GapWeights.Importance(Requirement);
}
