namespace SkillsRegistry.Core.Gaps;

/// <summary>Labour-market demand for the target (BLS: annual openings in persons, growth over the projection period in %).</summary>
public sealed record DemandInfo(double? AnnualOpenings, double? GrowthPercent);
