using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>The merged O*NET rating of one element for one occupation.</summary>
internal sealed class OnetRating
{
    /// <summary>An element is essential to an occupation when its importance is at least "Important" (3.0 on the IM 1–5 scale).</summary>
    public const double EssentialImportance = 3.0;

    public double? Importance { get; set; }
    public double? Level { get; set; }

    // Essential when importance ≥ 3.0 ("Important" or above); otherwise — including a suppressed importance — optional.
    public RequirementRelation Relation =>
        Importance >= EssentialImportance ? RequirementRelation.Essential : RequirementRelation.Optional;
}
