namespace SkillsRegistry.Core.Model;

/// <summary>
/// A counter per area of data, raised in the transaction of every change to that area, so in-memory precomputations
/// (gap analytics) can tell cheaply, and across processes, whether they are still current.
/// </summary>
public class DataStamp
{
    /// <summary>Taxonomies: frameworks, competencies, hierarchy, occupations, requirements, mappings, demand.</summary>
    public const string Taxonomy = "taxonomy";

    /// <summary>What is on offer: providers, credentials, alignments, stackability.</summary>
    public const string Supply = "supply";

    public required string Name { get; set; }
    public long Value { get; set; }
}
