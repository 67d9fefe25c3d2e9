namespace SkillsRegistry.Core.Gaps;

/// <summary>Coverage of a target's requirements by the filtered supply.
/// <para>CoveragePercent: 100 × covered / required (100 when nothing is required).</para>
/// <para>WeightedCoveragePercent: 100 × Σ importance of covered / Σ importance (see <see cref="GapWeights"/>).</para>
/// <para>Priority: Σ of the requirements' priorities: how urgent closing the remaining gaps is.</para>
/// </summary>
public sealed record SkillGapResult(
    IReadOnlyList<RequirementGap> Requirements,
    int RequiredCount,
    int CoveredCount,
    double CoveragePercent,
    double WeightedCoveragePercent,
    IReadOnlyList<RequirementGap> UncoveredEssential,
    double DemandFactor,
    double Priority);
