using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>A credential on offer as the gap engines see it: what it teaches or assesses, and what filters read.</summary>
public sealed record SupplyPosting(int Id, string Title, int ProviderId)
{
    /// <summary>Competencies the credential teaches or assesses (not those it requires).</summary>
    public IReadOnlySet<int> Competencies { get; init; } = new HashSet<int>();

    /// <summary>Competencies the credential requires on entry (its Requires alignments).</summary>
    public IReadOnlySet<int> Prerequisites { get; init; } = new HashSet<int>();

    /// <summary>Stackability: credentials that are parts of this one.</summary>
    public IReadOnlyList<int> PartIds { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public int? EqfLevel { get; init; }
    public decimal? CostAmount { get; init; }
    public string? CostCurrency { get; init; }
    public decimal? Hours { get; init; }
    public int? DurationDays { get; init; }
    public DeliveryMode? DeliveryMode { get; init; }
    public CredentialType Type { get; init; } = CredentialType.MicroCredential;
    public CredentialStatus Status { get; init; } = CredentialStatus.Published;
}
