using GraphQL.Types;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Search;

public sealed class CredentialSearchFilterInputGraphType : InputObjectGraphType
{
    public CredentialSearchFilterInputGraphType()
    {
        Name = "CredentialSearchFilter";
        Description = "Filters of a credential search; every given field must hold, list fields match any of their values.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("providers").Description("Provider global ids.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countries").Description("Provider countries, ISO 3166-1 alpha-2.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("Where offered: ISO 3166 codes as the credentials list them.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CredentialType>>>>("types").Description("Kinds of credential.");
        Field<IntGraphType>("minEqfLevel").Description("Lowest EQF level.");
        Field<IntGraphType>("maxEqfLevel").Description("Highest EQF level.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>>("deliveryModes").Description("Forms of participation.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Languages, ISO 639-1.");
        Field<FloatGraphType>("maxCost").Description("Highest price (give `currency` too to compare like with like).");
        Field<StringGraphType>("currency").Description("ISO 4217 currency of the price.");
        Field<FloatGraphType>("maxHours").Description("Highest workload in hours.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("competencies").Description("Competency URIs; a credential aligned to one of them or to any concept below it matches.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("frameworks").Description("Framework release keys the aligned competencies belong to, e.g. `esco-1.1.1`.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CredentialStatus>>>>("statuses").Description("Statuses to include; default PUBLISHED only.");
    }
}
