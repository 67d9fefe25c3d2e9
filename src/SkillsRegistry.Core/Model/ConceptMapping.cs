namespace SkillsRegistry.Core.Model;

/// <summary>A crosswalk edge between concepts of two frameworks (e.g. ESCO occupation ↔ O*NET occupation).</summary>
public class ConceptMapping
{
    public int Id { get; set; }
    public ConceptKind Kind { get; set; }
    public required string SourceUri { get; set; }
    public required string TargetUri { get; set; }
    public MatchType MatchType { get; set; }

    /// <summary>Confidence in [0, 1].</summary>
    public double Confidence { get; set; }

    /// <summary>Who published the mapping, e.g. "Nesta Mapping Career Causeways (2020)".</summary>
    public required string Source { get; set; }
}
