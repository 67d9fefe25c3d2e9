namespace SkillsRegistry.Core.Gaps;

/// <summary>How well each provider's published credentials cover one occupation's requirements; providers in the order asked.</summary>
public sealed record ProviderComparison(int OccupationId, IReadOnlyList<ProviderCoverage> Providers);
