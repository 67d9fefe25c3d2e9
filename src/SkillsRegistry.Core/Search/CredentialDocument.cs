using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Search;

/// <summary>What a search backend indexes for one credential, read from the database by <see cref="CredentialDocumentLoader"/>.</summary>
internal sealed record CredentialDocument(
    int Id,
    string Title,
    string? Description,
    IReadOnlyList<string> LearningOutcomes,
    int ProviderId,
    string ProviderName,
    string ProviderCountry,
    CredentialType Type,
    CredentialStatus Status,
    int? EqfLevel,
    DeliveryMode? DeliveryMode,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions,
    decimal? CostAmount,
    string? CostCurrency,
    decimal? Hours,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ConceptLabels> Aligned,
    IReadOnlyList<ConceptLabels> Broader);
