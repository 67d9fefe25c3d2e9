namespace SkillsRegistry.Core.Import.Catalogue;

// The JSON shape of seed-data/demo-catalogue/catalogue.json (documented in its README).
// Enums and dates stay strings here so that a bad value rejects one credential with a clear reason.

internal sealed record CatalogueDocument(
    int SchemaVersion,
    IReadOnlyList<CatalogueProvider?>? Providers,
    IReadOnlyList<CatalogueCredential?>? Credentials);

internal sealed record CatalogueProvider(
    string? Name,
    string? Country,
    string? Region,
    string? Website,
    IReadOnlyList<string>? Identifiers,
    string? QualityAssurance,
    string? Accreditation);

internal sealed record CatalogueCredential(
    string? ExternalId,
    string? Provider,
    string? Title,
    string? Description,
    string? Type,
    string? Status,
    IReadOnlyList<string>? LearningOutcomes,
    decimal? EctsCredits,
    decimal? Hours,
    int? EqfLevel,
    string? NqfLevel,
    string? AssessmentType,
    string? DeliveryMode,
    string? QualityAssuranceType,
    string? Prerequisites,
    IReadOnlyList<string>? Languages,
    decimal? CostAmount,
    string? CostCurrency,
    int? DurationDays,
    IReadOnlyList<string>? Regions,
    string? Url,
    string? ValidFrom,
    string? ValidUntil,
    string? Ctid,
    string? OpenBadgeId,
    IReadOnlyList<string>? PartOf,
    IReadOnlyList<CatalogueAlignment?>? Alignments);

internal sealed record CatalogueAlignment(string? CompetencyUri, string? Type, double? ProficiencyLevel, double? Weight);
