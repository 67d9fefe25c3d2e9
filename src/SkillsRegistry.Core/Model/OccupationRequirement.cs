namespace SkillsRegistry.Core.Model;

/// <summary>A competency an occupation needs: ESCO essential/optional, O*NET importance (IM 1–5) and level (LV 0–7).</summary>
public class OccupationRequirement
{
    public int OccupationId { get; set; }
    public Occupation Occupation { get; set; } = null!;
    public int CompetencyId { get; set; }
    public Competency Competency { get; set; } = null!;
    public RequirementRelation Relation { get; set; }
    public double? Importance { get; set; }
    public double? Level { get; set; }

    /// <summary>O*NET "In Demand": the technology is frequently requested in job postings for this occupation.</summary>
    public bool IsInDemand { get; set; }
}
