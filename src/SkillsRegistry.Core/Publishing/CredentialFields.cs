using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// Values for a credential's own fields. <see cref="Provided"/> names the fields the caller sent (camelCase, as in the
/// API): an update changes only those, and an explicit null there clears the field.
/// </summary>
public sealed class CredentialFields
{
    public HashSet<string> Provided { get; } = new(StringComparer.Ordinal);
    public string? Title { get; set; }
    public string? Description { get; set; }
    public CredentialType? Type { get; set; }
    public IReadOnlyList<string>? LearningOutcomes { get; set; }
    public decimal? EctsCredits { get; set; }
    public decimal? Hours { get; set; }
    public int? EqfLevel { get; set; }
    public string? NqfLevel { get; set; }
    public AssessmentType? AssessmentType { get; set; }
    public DeliveryMode? DeliveryMode { get; set; }
    public string? QualityAssuranceType { get; set; }
    public string? Prerequisites { get; set; }
    public IReadOnlyList<string>? Languages { get; set; }
    public decimal? CostAmount { get; set; }
    public string? CostCurrency { get; set; }
    public int? DurationDays { get; set; }
    public IReadOnlyList<string>? Regions { get; set; }
    public string? Url { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string? Ctid { get; set; }
    public string? OpenBadgeId { get; set; }
    public string? ExternalId { get; set; }

    public bool Has(string field) => Provided.Contains(field);

    /// <summary>Copies the provided fields onto the credential.</summary>
    public void ApplyTo(Credential c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (Has("title")) c.Title = Title?.Trim() ?? "";
        if (Has("description")) c.Description = Description;
        if (Has("type") && Type is { } type) c.Type = type;
        if (Has("learningOutcomes")) c.LearningOutcomes = [.. LearningOutcomes ?? []];
        if (Has("ectsCredits")) c.EctsCredits = EctsCredits;
        if (Has("hours")) c.Hours = Hours;
        if (Has("eqfLevel")) c.EqfLevel = EqfLevel;
        if (Has("nqfLevel")) c.NqfLevel = NqfLevel;
        if (Has("assessmentType")) c.AssessmentType = AssessmentType;
        if (Has("deliveryMode")) c.DeliveryMode = DeliveryMode;
        if (Has("qualityAssuranceType")) c.QualityAssuranceType = QualityAssuranceType;
        if (Has("prerequisites")) c.Prerequisites = Prerequisites;
        if (Has("languages")) c.Languages = [.. Languages ?? []];
        if (Has("costAmount")) c.CostAmount = CostAmount;
        if (Has("costCurrency")) c.CostCurrency = CostCurrency;
        if (Has("durationDays")) c.DurationDays = DurationDays;
        if (Has("regions")) c.Regions = [.. Regions ?? []];
        if (Has("url")) c.Url = Url;
        if (Has("validFrom")) c.ValidFrom = ValidFrom;
        if (Has("validUntil")) c.ValidUntil = ValidUntil;
        if (Has("ctid")) c.Ctid = Ctid;
        if (Has("openBadgeId")) c.OpenBadgeId = OpenBadgeId;
        if (Has("externalId")) c.ExternalId = ExternalId;
    }
}

/// <summary>An alignment as a caller states it: a competency by URI and what the credential does with it.</summary>
public sealed record AlignmentSpec(string CompetencyUri, AlignmentType Type, double Weight = 1, double? ProficiencyLevel = null);
