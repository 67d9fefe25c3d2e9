namespace SkillsRegistry.Core.Gaps;

/// <summary>One cell of the planner's matrix: an occupation's coverage by the supply offered in one region.
/// <para>CoveragePercent, WeightedCoveragePercent, Priority: as <see cref="SkillGapResult"/> for the occupation with the
/// filter restricted to <see cref="Region"/>.</para>
/// <para>CredentialCount: distinct credentials (passing the filter, offered in the region) covering at least one requirement.</para>
/// <para>DesertCompetencyIds: essential requirements no such credential covers (ascending).</para>
/// </summary>
public sealed record CoverageCell(
    int OccupationId,
    string Region,
    int EssentialCount,
    int CoveredEssentialCount,
    double CoveragePercent,
    double WeightedCoveragePercent,
    int CredentialCount,
    IReadOnlyList<int> DesertCompetencyIds,
    double Priority);
