using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>Small hand-built snapshots for the example tests.</summary>
internal static class GapExamples
{
    public static TargetRequirement Essential(int id, double? importance = null) => new(id, RequirementRelation.Essential, importance);

    public static TargetRequirement Optional(int id) => new(id, RequirementRelation.Optional);

    public static SupplyPosting Credential(int id, decimal cost, params int[] teaches) =>
        new(id, $"credential {id}", id) { Competencies = teaches.ToHashSet(), CostAmount = cost, CostCurrency = "EUR", Hours = cost / 10 };

    /// <summary>A chain 1 ← 2 ← 3 ← 4 (4 is three levels below 1) and 5 above 1.</summary>
    public static CompetencyGraph Chain { get; } = new([(2, 1), (3, 2), (4, 3), (1, 5)], 4);
}
