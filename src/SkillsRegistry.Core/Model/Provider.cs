namespace SkillsRegistry.Core.Model;

/// <summary>An organisation that offers credentials.</summary>
public class Provider
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }

    /// <summary>ISO 3166-2 subdivision, where known.</summary>
    public string? Region { get; set; }
    public List<string> Identifiers { get; set; } = [];
    public string? Website { get; set; }
    public string? QualityAssurance { get; set; }
    public string? Accreditation { get; set; }
    public List<Credential> Credentials { get; set; } = [];
}
