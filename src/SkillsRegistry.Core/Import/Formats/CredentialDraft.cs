using SkillsRegistry.Core.Import.Catalogue;

namespace SkillsRegistry.Core.Import.Formats;

/// <summary>A credential being read from a format, field by field, with the problems found on the way.</summary>
internal sealed class CredentialDraft
{
    public List<string> Errors { get; } = [];
    public string? ExternalId { get; set; }
    public string? Provider { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public List<string> LearningOutcomes { get; } = [];
    public decimal? EctsCredits { get; set; }
    public decimal? Hours { get; set; }
    public int? EqfLevel { get; set; }
    public string? NqfLevel { get; set; }
    public string? AssessmentType { get; set; }
    public string? DeliveryMode { get; set; }
    public string? QualityAssuranceType { get; set; }
    public string? Prerequisites { get; set; }
    public List<string> Languages { get; } = [];
    public decimal? CostAmount { get; set; }
    public string? CostCurrency { get; set; }
    public int? DurationDays { get; set; }
    public List<string> Regions { get; } = [];
    public string? Url { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }
    public string? Ctid { get; set; }
    public string? OpenBadgeId { get; set; }
    public List<string> PartOf { get; } = [];
    public List<CatalogueAlignment> Alignments { get; } = [];

    public void AddLanguage(string? code)
    {
        if (code is not null && !Languages.Contains(code, StringComparer.Ordinal))
        {
            Languages.Add(code);
        }
    }

    public void Align(string? uri, string type, double? weight = null)
    {
        if (string.IsNullOrWhiteSpace(uri) || Alignments.Exists(a => a.CompetencyUri == uri && a.Type == type))
        {
            return;
        }
        Alignments.Add(new CatalogueAlignment(uri, type, null, weight));
    }

    public CatalogueCredential ToRecord() => new(
        ExternalId, Provider, Title, Description, Type, Status, LearningOutcomes, EctsCredits, Hours, EqfLevel, NqfLevel, AssessmentType,
        DeliveryMode, QualityAssuranceType, Prerequisites, Languages, CostAmount, CostCurrency, DurationDays, Regions, Url, ValidFrom,
        ValidUntil, Ctid, OpenBadgeId, PartOf.Distinct(StringComparer.Ordinal).ToList(), [.. Alignments]);
}
