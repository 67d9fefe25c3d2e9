using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>A credential as stored in a revision: every field, its alignments and what it is part of.</summary>
public sealed record CredentialSnapshot
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public int Id { get; init; }
    public int ProviderId { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public CredentialType Type { get; init; }
    public CredentialStatus Status { get; init; }
    public IReadOnlyList<string> LearningOutcomes { get; init; } = [];
    public decimal? EctsCredits { get; init; }
    public decimal? Hours { get; init; }
    public int? EqfLevel { get; init; }
    public string? NqfLevel { get; init; }
    public AssessmentType? AssessmentType { get; init; }
    public DeliveryMode? DeliveryMode { get; init; }
    public string? QualityAssuranceType { get; init; }
    public string? Prerequisites { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public decimal? CostAmount { get; init; }
    public string? CostCurrency { get; init; }
    public int? DurationDays { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public string? Url { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public string? Ctid { get; init; }
    public string? OpenBadgeId { get; init; }
    public string? ExternalId { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<SnapshotAlignment> Alignments { get; init; } = [];
    public IReadOnlyList<int> PartOf { get; init; } = [];
    public IReadOnlyList<int> Parts { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }

    public static CredentialSnapshot Of(Credential c, IEnumerable<SnapshotAlignment> alignments, IEnumerable<int> partOf, IEnumerable<int> parts)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
        {
            Id = c.Id,
            ProviderId = c.ProviderId,
            Title = c.Title,
            Description = c.Description,
            Type = c.Type,
            Status = c.Status,
            LearningOutcomes = [.. c.LearningOutcomes],
            EctsCredits = c.EctsCredits,
            Hours = c.Hours,
            EqfLevel = c.EqfLevel,
            NqfLevel = c.NqfLevel,
            AssessmentType = c.AssessmentType,
            DeliveryMode = c.DeliveryMode,
            QualityAssuranceType = c.QualityAssuranceType,
            Prerequisites = c.Prerequisites,
            Languages = [.. c.Languages],
            CostAmount = c.CostAmount,
            CostCurrency = c.CostCurrency,
            DurationDays = c.DurationDays,
            Regions = [.. c.Regions],
            Url = c.Url,
            ValidFrom = c.ValidFrom,
            ValidUntil = c.ValidUntil,
            Ctid = c.Ctid,
            OpenBadgeId = c.OpenBadgeId,
            ExternalId = c.ExternalId,
            Version = c.Version,
            Alignments = [.. alignments.OrderBy(a => a.CompetencyUri, StringComparer.Ordinal).ThenBy(a => a.Type)],
            PartOf = [.. partOf.Order()],
            Parts = [.. parts.Order()],
            CreatedAt = c.CreatedAt,
        };
    }

    /// <summary>A detached credential with these values (alignments carry the competency id only).</summary>
    public T ToCredential<T>()
        where T : Credential, new() => new()
        {
            Id = Id,
            ProviderId = ProviderId,
            Title = Title,
            Description = Description,
            Type = Type,
            Status = Status,
            LearningOutcomes = [.. LearningOutcomes],
            EctsCredits = EctsCredits,
            Hours = Hours,
            EqfLevel = EqfLevel,
            NqfLevel = NqfLevel,
            AssessmentType = AssessmentType,
            DeliveryMode = DeliveryMode,
            QualityAssuranceType = QualityAssuranceType,
            Prerequisites = Prerequisites,
            Languages = [.. Languages],
            CostAmount = CostAmount,
            CostCurrency = CostCurrency,
            DurationDays = DurationDays,
            Regions = [.. Regions],
            Url = Url,
            ValidFrom = ValidFrom,
            ValidUntil = ValidUntil,
            Ctid = Ctid,
            OpenBadgeId = OpenBadgeId,
            ExternalId = ExternalId,
            Version = Version,
            CreatedAt = CreatedAt,
            Alignments = [.. Alignments.Select(a => new CredentialAlignment
        {
            CredentialId = Id,
            CompetencyId = a.CompetencyId,
            Type = a.Type,
            Weight = a.Weight,
            ProficiencyLevel = a.ProficiencyLevel,
            AssertedBy = a.AssertedBy,
        })],
        };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public JsonObject ToJsonObject() => JsonSerializer.SerializeToNode(this, Json)!.AsObject();

    public static CredentialSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<CredentialSnapshot>(json, Json) ?? throw new InvalidDataException("A revision snapshot is empty.");
}

/// <summary>An alignment as stored in a revision.</summary>
public sealed record SnapshotAlignment(int CompetencyId, string CompetencyUri, AlignmentType Type, double Weight, double? ProficiencyLevel, string AssertedBy);
