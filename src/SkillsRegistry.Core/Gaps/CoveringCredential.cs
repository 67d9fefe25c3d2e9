namespace SkillsRegistry.Core.Gaps;

/// <summary>A credential that covers a requirement, with its fit (1 exact, 0.8 per level down, 0.5 per level up, crosswalk confidence).</summary>
public sealed record CoveringCredential(int CredentialId, string Title, int ProviderId, double Fit, decimal? CostAmount, string? CostCurrency, decimal? Hours);
