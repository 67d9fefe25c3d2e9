namespace SkillsRegistry.Core.Model;

/// <summary>One edge of the competency hierarchy (poly-hierarchical: a concept may have several broader ones).</summary>
public class CompetencyBroader
{
    public int NarrowerId { get; set; }
    public Competency Narrower { get; set; } = null!;
    public int BroaderId { get; set; }
    public Competency Broader { get; set; } = null!;
}
