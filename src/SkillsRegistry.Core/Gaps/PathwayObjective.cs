namespace SkillsRegistry.Core.Gaps;

/// <summary>What a pathway minimises.</summary>
public enum PathwayObjective
{
    /// <summary>The number of credentials.</summary>
    FewestCredentials,

    /// <summary>The sum of prices (amounts compared as numbers: set a currency in the filter to compare like with like; unpriced counts 0).</summary>
    LowestCost,

    /// <summary>The sum of learning hours (unknown hours count 0).</summary>
    ShortestHours,
}
