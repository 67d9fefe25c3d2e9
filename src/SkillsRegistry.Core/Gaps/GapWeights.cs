using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The documented weights of the gap engine.
/// importance = O*NET importance, else Essential 4 / Optional 2;
/// gapWeight = importance × (1 + 0.5 if hot technology + 0.5 if in demand);
/// demandFactor = log10(1 + annual openings) × (1 + max(growth %, 0) / 100), 1 without demand figures;
/// priority of an uncovered requirement = gapWeight × demandFactor (0 when covered).
/// </summary>
public static class GapWeights
{
    public const double EssentialImportance = 4;
    public const double OptionalImportance = 2;
    public const double HotTechnologyBonus = 0.5;
    public const double InDemandBonus = 0.5;

    public static double Importance(TargetRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement.Importance
            ?? (requirement.Relation == RequirementRelation.Essential ? EssentialImportance : OptionalImportance);
    }

    public static double GapWeight(TargetRequirement requirement) =>
        Importance(requirement)
        * (1 + (requirement.IsHotTechnology ? HotTechnologyBonus : 0) + (requirement.IsInDemand ? InDemandBonus : 0));

    public static double DemandFactor(DemandInfo? demand)
    {
        if (demand is null)
            return 1;
        var openings = demand.AnnualOpenings is { } o ? Math.Log10(1 + Math.Max(o, 0)) : 1;
        return openings * (1 + Math.Max(demand.GrowthPercent ?? 0, 0) / 100);
    }
}
