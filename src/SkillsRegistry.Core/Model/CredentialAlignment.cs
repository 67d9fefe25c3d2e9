namespace SkillsRegistry.Core.Model;

/// <summary>A credential's claim about a competency: it teaches, assesses or requires it.</summary>
public class CredentialAlignment
{
    public int Id { get; set; }
    public int CredentialId { get; set; }
    public Credential Credential { get; set; } = null!;
    public int CompetencyId { get; set; }
    public Competency Competency { get; set; } = null!;
    public AlignmentType Type { get; set; }

    /// <summary>Proficiency level on the framework's own scale (EQF 1–8 for ESCO, O*NET LV 0–7), where asserted.</summary>
    public double? ProficiencyLevel { get; set; }

    /// <summary>Relative weight of this competency in the credential, in (0, 1].</summary>
    public double Weight { get; set; } = 1;
    public required string AssertedBy { get; set; }
    public AlignmentMethod Method { get; set; }
    public DateTimeOffset AssertedAt { get; set; }
}
