namespace SkillsRegistry.Core.Model;

/// <summary>A credential on offer, with the elements of Annex I of the EU Council Recommendation on micro-credentials.</summary>
public class Credential
{
    public int Id { get; set; }
    public int ProviderId { get; set; }
    public Provider Provider { get; set; } = null!;
    public required string Title { get; set; }
    public string? Description { get; set; }
    public CredentialType Type { get; set; }
    public CredentialStatus Status { get; set; }
    public List<string> LearningOutcomes { get; set; } = [];
    public decimal? EctsCredits { get; set; }
    public decimal? Hours { get; set; }
    public int? EqfLevel { get; set; }
    public string? NqfLevel { get; set; }
    public AssessmentType? AssessmentType { get; set; }
    public DeliveryMode? DeliveryMode { get; set; }
    public string? QualityAssuranceType { get; set; }
    public string? Prerequisites { get; set; }

    /// <summary>ISO 639-1 codes.</summary>
    public List<string> Languages { get; set; } = [];
    public decimal? CostAmount { get; set; }

    /// <summary>ISO 4217.</summary>
    public string? CostCurrency { get; set; }
    public int? DurationDays { get; set; }

    /// <summary>ISO 3166-1 alpha-2 countries or ISO 3166-2 subdivisions where the credential is offered.</summary>
    public List<string> Regions { get; set; } = [];
    public string? Url { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>Credential Engine CTID.</summary>
    public string? Ctid { get; set; }
    public string? OpenBadgeId { get; set; }

    /// <summary>Identifier of this record in the source it was imported from; unique per provider.</summary>
    public string? ExternalId { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CredentialAlignment> Alignments { get; set; } = [];

    /// <summary>Stackability: credentials this one is part of.</summary>
    public List<CredentialPart> PartOf { get; set; } = [];

    /// <summary>Stackability: credentials that are parts of this one.</summary>
    public List<CredentialPart> Parts { get; set; } = [];
}
