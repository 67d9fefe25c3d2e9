using System.Linq.Expressions;
using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public sealed class CredentialFilter : FilterSchema<Credential>
{
    public override string EntityName => "Credential";

    public CredentialFilter()
    {
        Field("title", c => c.Title, FilterKind.String, "Title.");
        Field("type", c => c.Type, FilterKind.Enum, "Kind of credential.", typeof(EnumerationGraphType<CredentialType>));
        Field("status", c => c.Status, FilterKind.Enum, "Draft, published or retired.", typeof(EnumerationGraphType<CredentialStatus>));
        Field("eqfLevel", c => c.EqfLevel, FilterKind.Comparable, "EQF level.");
        Field("ectsCredits", c => c.EctsCredits, FilterKind.Comparable, "Workload in ECTS credits.");
        Field("hours", c => c.Hours, FilterKind.Comparable, "Workload in hours.");
        Field("costAmount", c => c.CostAmount, FilterKind.Comparable, "Price (compare with `costCurrency` to mean one currency).");
        Field("costCurrency", c => c.CostCurrency, FilterKind.String, "ISO 4217 currency.");
        Field("durationDays", c => c.DurationDays, FilterKind.Comparable, "Duration in days.");
        Field("deliveryMode", c => c.DeliveryMode, FilterKind.Enum, "Form of participation.", typeof(EnumerationGraphType<DeliveryMode>));
        Field("assessmentType", c => c.AssessmentType, FilterKind.Enum, "Type of assessment.", typeof(EnumerationGraphType<AssessmentType>));
        Field("languages", c => c.Languages, FilterKind.StringList, "Languages, ISO 639-1.");
        Field("regions", c => c.Regions, FilterKind.StringList, "Where offered, ISO 3166 codes.");
        Field("validFrom", c => c.ValidFrom, FilterKind.Comparable, "First valid day.");
        Field("validUntil", c => c.ValidUntil, FilterKind.Comparable, "Last valid day.");
        Field("externalId", c => c.ExternalId, FilterKind.String, "The provider's identifier.");
        Field("ctid", c => c.Ctid, FilterKind.String, "Credential Engine CTID.");
        Nested("provider", c => c.Provider, new ProviderFilter(), "The provider.");
        Custom<IDictionary<string, object?>>("alignedTo", "Credentials aligned to this competency (or, with `includeNarrower`, to one below it).",
            typeof(CompetencyMatchInputGraphType), AlignedTo);
        Sort("title", c => c.Title, "By title.");
        Sort("costAmount", c => c.CostAmount, "By price (nulls first when ascending).");
        Sort("hours", c => c.Hours, "By workload in hours.");
        Sort("ectsCredits", c => c.EctsCredits, "By ECTS credits.");
        Sort("eqfLevel", c => c.EqfLevel, "By EQF level.");
        Sort("durationDays", c => c.DurationDays, "By duration.");
        Sort("updatedAt", c => c.UpdatedAt, "By last change.");
    }

    private static Expression<Func<Credential, bool>> AlignedTo(IDictionary<string, object?> input)
    {
        var match = CompetencyMatch.From(input).ToPredicate();
        var a = Expression.Parameter(typeof(CredentialAlignment), "a");
        var alignmentMatches = Expression.Lambda<Func<CredentialAlignment, bool>>(
            ExpressionParameters.Inline(match, Expression.Property(a, nameof(CredentialAlignment.Competency))), a);
        return c => c.Alignments.AsQueryable().Any(alignmentMatches);
    }
}
