namespace SkillsRegistry.Core.Import;

/// <summary>Tuning shared by the importers.</summary>
public sealed class ImportOptions
{
    /// <summary>Rows written per SaveChanges; each file (or batch of merged rows) commits in its own transaction.</summary>
    public int BatchSize { get; init; } = 5000;
}
