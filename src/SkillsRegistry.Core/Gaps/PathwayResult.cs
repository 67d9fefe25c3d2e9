namespace SkillsRegistry.Core.Gaps;

/// <summary>A set of credentials that covers the target's essential competencies.</summary>
/// <remarks>
/// <see cref="ObjectiveValue"/> is the objective summed over the cover steps (not the prerequisite steps). <see cref="TotalCost"/> is per currency over all counted steps (unpriced credentials add nothing);
/// <see cref="TotalHours"/> likewise. <see cref="UncoveredEssential"/> lists essentials no candidate covers.
/// </remarks>
public sealed record PathwayResult(
    PathwayAlgorithm Algorithm,
    PathwayObjective Objective,
    int CandidateCount,
    IReadOnlyList<PathwayStep> Steps,
    IReadOnlyList<int> CoveredEssential,
    IReadOnlyList<int> UncoveredEssential,
    double ObjectiveValue,
    IReadOnlyDictionary<string, decimal> TotalCost,
    decimal TotalHours,
    IReadOnlyList<UnmetPrerequisite> UnmetPrerequisites);
