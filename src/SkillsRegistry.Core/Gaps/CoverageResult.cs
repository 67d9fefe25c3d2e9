namespace SkillsRegistry.Core.Gaps;

/// <summary>The planner's matrix: one cell per occupation × region, ordered by priority descending, then occupation id, region.</summary>
public sealed record CoverageResult(IReadOnlyList<CoverageCell> Cells);
