namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Matching of supply to requirements. Fit of a match: exact 1; a narrower concept d levels down 0.8^d; a broader
/// concept d levels up 0.5^d (only with <see cref="IncludeBroader"/>); a crosswalk link its confidence.
/// Default: <see cref="MatchingMode.Hierarchy"/>, depth 2, narrower only.
/// </summary>
public sealed record MatchingOptions
{
    public const double NarrowerFitPerLevel = 0.8;
    public const double BroaderFitPerLevel = 0.5;

    public static MatchingOptions Default { get; } = new();

    public static MatchingOptions Exact { get; } = new() { Mode = MatchingMode.Exact };

    public MatchingMode Mode { get; init; } = MatchingMode.Hierarchy;

    /// <summary>Levels followed in <see cref="MatchingMode.Hierarchy"/> mode (0 means exact only).</summary>
    public int Depth { get; init; } = 2;

    /// <summary>Also let a broader concept (a credential on "programming" for a requirement "Java") satisfy a requirement.</summary>
    public bool IncludeBroader { get; init; }

    /// <summary>Lowest crosswalk confidence accepted in <see cref="MatchingMode.Crosswalk"/> mode.</summary>
    public double MinConfidence { get; init; } = 0.5;
}
