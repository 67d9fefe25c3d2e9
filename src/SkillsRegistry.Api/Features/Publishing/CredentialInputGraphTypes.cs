using GraphQL.Types;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

/// <summary>The credential fields shared by create and update inputs, and reading them back as <see cref="CredentialFields"/>.</summary>
internal static class CredentialInputFields
{
    public static void Add(InputObjectGraphType input, bool titleRequired)
    {
        if (titleRequired)
            input.Field<NonNullGraphType<StringGraphType>>("title").Description("Title (at most 512 characters).");
        else
            input.Field<StringGraphType>("title").Description("Title (at most 512 characters).");
        input.Field<StringGraphType>("description").Description("What the credential is about.");
        input.Field<EnumerationGraphType<CredentialType>>("type").Description("Kind of credential; a MICRO_CREDENTIAL must carry the Annex I elements.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("learningOutcomes").Description("Learning outcomes (Annex I).");
        input.Field<FloatGraphType>("ectsCredits").Description("Notional workload in ECTS credits, more than 0 and at most 300.");
        input.Field<FloatGraphType>("hours").Description("Notional workload in hours, more than 0 and at most 10,000.");
        input.Field<IntGraphType>("eqfLevel").Description("EQF level 1–8.");
        input.Field<StringGraphType>("nqfLevel").Description("National framework level as the country writes it.");
        input.Field<EnumerationGraphType<AssessmentType>>("assessmentType").Description("Type of assessment (Annex I).");
        input.Field<EnumerationGraphType<DeliveryMode>>("deliveryMode").Description("Form of participation (Annex I).");
        input.Field<StringGraphType>("qualityAssuranceType").Description("Type of quality assurance (Annex I).");
        input.Field<StringGraphType>("prerequisites").Description("Prerequisites needed to enrol.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("ISO 639-1 codes, e.g. [\"en\", \"de\"].");
        input.Field<FloatGraphType>("costAmount").Description("Price for a learner (0 = free); needs `costCurrency`.");
        input.Field<StringGraphType>("costCurrency").Description("ISO 4217 currency, e.g. EUR.");
        input.Field<IntGraphType>("durationDays").Description("Typical duration in days, 1–3,650.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("ISO 3166-1 countries or ISO 3166-2 subdivisions.");
        input.Field<StringGraphType>("url").Description("Landing page: an absolute http(s) URL.");
        input.Field<DateOnlyGraphType>("validFrom").Description("First day the offer is valid.");
        input.Field<DateOnlyGraphType>("validUntil").Description("Last day the offer is valid.");
        input.Field<StringGraphType>("ctid").Description("Credential Engine CTID (ce-<UUID>).");
        input.Field<StringGraphType>("openBadgeId").Description("Open Badges 3.0 achievement id.");
        input.Field<StringGraphType>("externalId").Description("Your own identifier of the record; unique within your provider.");
    }

    /// <summary>The fields present in the input (an explicit null is present and clears the field on update).</summary>
    public static CredentialFields Read(IReadOnlyDictionary<string, object?> input)
    {
        var fields = new CredentialFields
        {
            Title = input.GetValueOrDefault("title") as string,
            Description = input.GetValueOrDefault("description") as string,
            Type = input.GetValueOrDefault("type") as CredentialType?,
            LearningOutcomes = input.List<string>("learningOutcomes"),
            EctsCredits = input.Decimal("ectsCredits"),
            Hours = input.Decimal("hours"),
            EqfLevel = input.GetValueOrDefault("eqfLevel") as int?,
            NqfLevel = input.GetValueOrDefault("nqfLevel") as string,
            AssessmentType = input.GetValueOrDefault("assessmentType") as AssessmentType?,
            DeliveryMode = input.GetValueOrDefault("deliveryMode") as DeliveryMode?,
            QualityAssuranceType = input.GetValueOrDefault("qualityAssuranceType") as string,
            Prerequisites = input.GetValueOrDefault("prerequisites") as string,
            Languages = input.List<string>("languages"),
            CostAmount = input.Decimal("costAmount"),
            CostCurrency = input.GetValueOrDefault("costCurrency") as string,
            DurationDays = input.GetValueOrDefault("durationDays") as int?,
            Regions = input.List<string>("regions"),
            Url = input.GetValueOrDefault("url") as string,
            ValidFrom = input.GetValueOrDefault("validFrom") as DateOnly?,
            ValidUntil = input.GetValueOrDefault("validUntil") as DateOnly?,
            Ctid = input.GetValueOrDefault("ctid") as string,
            OpenBadgeId = input.GetValueOrDefault("openBadgeId") as string,
            ExternalId = input.GetValueOrDefault("externalId") as string,
        };
        fields.Provided.UnionWith(input.Keys);
        return fields;
    }

    public static List<AlignmentSpec>? Alignments(IReadOnlyDictionary<string, object?> input) =>
        input.List<IReadOnlyDictionary<string, object?>>("alignments")?.Select(a => new AlignmentSpec(
            (string)a["competencyUri"]!,
            a.GetValueOrDefault("type") as AlignmentType? ?? AlignmentType.Teaches,
            a.GetValueOrDefault("weight") as double? ?? 1,
            a.GetValueOrDefault("proficiencyLevel") as double?)).ToList();
}

public sealed class AlignmentInputGraphType : InputObjectGraphType
{
    public AlignmentInputGraphType()
    {
        Name = "AlignmentInput";
        Description = "A competency the credential teaches, assesses or requires.";
        Field<NonNullGraphType<StringGraphType>>("competencyUri").Description("URI of a competency the registry knows (ESCO, O*NET, …).");
        Field<EnumerationGraphType<AlignmentType>>("type").Description("What the credential does with it (default TEACHES).");
        Field<FloatGraphType>("weight").Description("Relative weight in (0, 1] (default 1).");
        Field<FloatGraphType>("proficiencyLevel").Description("Level on the framework's own scale, 0–8.");
    }
}

public sealed class CreateCredentialInputGraphType : InputObjectGraphType
{
    public CreateCredentialInputGraphType()
    {
        Name = "CreateCredentialInput";
        Description = "A new credential of the caller's provider.";
        Field<IdGraphType>("provider").Description("Global id of the provider; defaults to the key's own provider (the only one allowed).");
        Field<EnumerationGraphType<CredentialStatus>>("status").Description("DRAFT (default, visible only to your provider) or PUBLISHED.");
        CredentialInputFields.Add(this, titleRequired: true);
        Field<ListGraphType<NonNullGraphType<AlignmentInputGraphType>>>("alignments").Description("Competency alignments.");
    }
}

public sealed class UpdateCredentialInputGraphType : InputObjectGraphType
{
    public UpdateCredentialInputGraphType()
    {
        Name = "UpdateCredentialInput";
        Description = "Changes to a credential: only the fields given change; a field given as null is cleared.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the credential.");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The `version` you read; a stale one gets a ConflictError instead of overwriting.");
        CredentialInputFields.Add(this, titleRequired: false);
    }
}

public sealed class CredentialStatusInputGraphType : InputObjectGraphType
{
    public CredentialStatusInputGraphType()
    {
        Name = "CredentialStatusInput";
        Description = "Which credential to publish or retire.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the credential.");
        Field<IntGraphType>("expectedVersion").Description("The `version` you read; when given, a stale one gets a ConflictError.");
    }
}

public sealed class SetAlignmentsInputGraphType : InputObjectGraphType
{
    public SetAlignmentsInputGraphType()
    {
        Name = "SetAlignmentsInput";
        Description = "The complete list of a credential's alignments: missing ones are removed, new ones added, changed weights updated.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the credential.");
        Field<IntGraphType>("expectedVersion").Description("The `version` you read; when given, a stale one gets a ConflictError.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlignmentInputGraphType>>>>("alignments").Description("All alignments the credential should have.");
    }
}
