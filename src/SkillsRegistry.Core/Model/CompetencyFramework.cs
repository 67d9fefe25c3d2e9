namespace SkillsRegistry.Core.Model;

/// <summary>A published taxonomy release (ESCO 1.1.1, O*NET 29.3, a provider framework). Releases coexist.</summary>
public class CompetencyFramework
{
    public int Id { get; set; }

    /// <summary>Stable short key, unique per release, e.g. <c>esco-1.1.1</c>.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string Publisher { get; set; }
    public required string Version { get; set; }
    public string? SourceUri { get; set; }
    public string? Licence { get; set; }
    public string? Attribution { get; set; }
}
