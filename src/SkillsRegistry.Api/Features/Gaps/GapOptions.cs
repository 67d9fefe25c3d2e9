using System.ComponentModel.DataAnnotations;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Api.Features.Gaps;

/// <summary>Configuration section <c>Gaps</c>: limits of the gap queries and the in-memory gap index.</summary>
public sealed class GapOptions
{
    public const string Section = "Gaps";

    /// <summary>Most occupations one <c>coverage</c> call may analyse (all 3,007 ESCO occupations fit the default).</summary>
    [Range(1, 100_000)]
    public int MaxCoverageOccupations { get; set; } = 5_000;

    /// <summary>Most regions one <c>coverage</c> call may compare (at most <see cref="CoverageEngine.MaxRegions"/>).</summary>
    [Range(1, CoverageEngine.MaxRegions)]
    public int MaxCoverageRegions { get; set; } = CoverageEngine.MaxRegions;

    /// <summary>Build the gap index in the background at start-up rather than on the first gap query.</summary>
    public bool WarmUpOnStartup { get; set; } = true;
}
