namespace SkillsRegistry.Core.Gaps;

/// <summary>One provider's coverage of an occupation: <see cref="SkillGapEngine.Analyze"/> with the supply restricted to
/// the provider's published credentials. Competency ids ascending.</summary>
public sealed record ProviderCoverage(
    int ProviderId,
    int RequiredCount,
    int CoveredCount,
    double CoveragePercent,
    double WeightedCoveragePercent,
    IReadOnlyList<int> CoveredCompetencyIds,
    IReadOnlyList<int> UncoveredEssentialCompetencyIds);
