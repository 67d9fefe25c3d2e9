namespace SkillsRegistry.Core.Model;

/// <summary>Stackability edge: <see cref="Part"/> is part of <see cref="Whole"/>.</summary>
public class CredentialPart
{
    public int WholeId { get; set; }
    public Credential Whole { get; set; } = null!;
    public int PartId { get; set; }
    public Credential Part { get; set; } = null!;
}
