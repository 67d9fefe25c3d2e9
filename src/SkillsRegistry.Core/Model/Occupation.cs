namespace SkillsRegistry.Core.Model;

/// <summary>An occupation or an occupation group (ISCO-08 group, SOC group) of one framework release.</summary>
public class Occupation
{
    public int Id { get; set; }
    public int FrameworkId { get; set; }
    public CompetencyFramework Framework { get; set; } = null!;
    public required string Uri { get; set; }
    public OccupationKind Kind { get; set; }

    /// <summary>The framework's own code: ESCO occupation code (2512.4), ISCO group code, or O*NET-SOC code (15-1252.00).</summary>
    public string? Code { get; set; }

    /// <summary>ISCO-08 unit group (4 digits), where known.</summary>
    public string? IscoCode { get; set; }

    /// <summary>2018 SOC detailed code (15-1252), where known; joins BLS demand data.</summary>
    public string? SocCode { get; set; }
    public required string PreferredLabel { get; set; }
    public List<string> AlternativeLabels { get; set; } = [];
    public List<string> HiddenLabels { get; set; } = [];
    public string? Description { get; set; }
    public ConceptStatus Status { get; set; }
    public int? BroaderId { get; set; }
    public Occupation? Broader { get; set; }
    public List<Occupation> Narrower { get; set; } = [];
    public List<OccupationRequirement> Requirements { get; set; } = [];
}
