using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>One competency the target requires, with the figures the weights use.
/// <para>Importance: O*NET importance (1–5); null for ESCO rows and roles.</para>
/// <para>Level: O*NET level (0–7), where known.</para>
/// </summary>
public sealed record TargetRequirement(
    int CompetencyId,
    RequirementRelation Relation,
    double? Importance = null,
    double? Level = null,
    bool IsInDemand = false,
    bool IsHotTechnology = false,
    string Label = "",
    string Uri = "");
