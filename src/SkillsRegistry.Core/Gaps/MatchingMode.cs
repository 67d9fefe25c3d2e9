namespace SkillsRegistry.Core.Gaps;

/// <summary>How a credential's competency may satisfy a required one.</summary>
public enum MatchingMode
{
    /// <summary>Only the same competency.</summary>
    Exact,

    /// <summary>The same competency, or one narrower (optionally broader) within a number of levels.</summary>
    Hierarchy,

    /// <summary>The same competency, or one linked by a competency crosswalk mapping above a confidence threshold.</summary>
    Crosswalk,
}
