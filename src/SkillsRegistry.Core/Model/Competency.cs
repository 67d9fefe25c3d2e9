namespace SkillsRegistry.Core.Model;

/// <summary>A skill, knowledge item, ability, technology or skill group of one framework release.</summary>
public class Competency
{
    public int Id { get; set; }
    public int FrameworkId { get; set; }
    public CompetencyFramework Framework { get; set; } = null!;

    /// <summary>Stable URI; unique within a framework release (the same URI may recur in a later release).</summary>
    public required string Uri { get; set; }

    /// <summary>Source code where the framework has one (O*NET element id, ESCO skill-group code).</summary>
    public string? Code { get; set; }
    public CompetencyType Type { get; set; }
    public ReuseLevel? ReuseLevel { get; set; }
    public required string PreferredLabel { get; set; }
    public List<string> AlternativeLabels { get; set; } = [];
    public List<string> HiddenLabels { get; set; } = [];
    public string? Description { get; set; }
    public ConceptStatus Status { get; set; }
    public int? ReplacedById { get; set; }
    public Competency? ReplacedBy { get; set; }

    /// <summary>O*NET "Hot Technology": frequently named in employer job postings.</summary>
    public bool IsHotTechnology { get; set; }

    public List<CompetencyBroader> Broader { get; set; } = [];
    public List<CompetencyBroader> Narrower { get; set; } = [];
}
