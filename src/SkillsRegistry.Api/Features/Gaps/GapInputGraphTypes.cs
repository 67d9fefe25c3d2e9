using GraphQL.Types;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed class GapTargetInputGraphType : InputObjectGraphType
{
    public GapTargetInputGraphType()
    {
        Name = "GapTargetInput";
        Description = "What to measure against: one occupation (give exactly one of `occupation`, `occupationUri`, `occupationCode`) or a role (`competencies`), minus what the learner holds.";
        Field<IdGraphType>("occupation").Description("Global id of the occupation.");
        Field<StringGraphType>("occupationUri").Description("Occupation URI (ESCO or O*NET).");
        Field<StringGraphType>("occupationCode").Description("Occupation code: ESCO code or O*NET-SOC code such as 15-1252.00.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("competencies").Description("A role: competency URIs, all treated as essential.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("heldCompetencies").Description("Competency URIs the learner already holds; they are not gaps.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("heldCredentials").Description("Credentials the learner holds: what they teach counts as held.");
    }
}

public sealed class SupplyFilterInputGraphType : InputObjectGraphType
{
    public SupplyFilterInputGraphType()
    {
        Name = "SupplyFilterInput";
        Description = "Which credentials count as supply; every given field must hold. Default: published credentials anywhere.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("ISO 3166 codes; DE also matches DE-BY.");
        Field<IntGraphType>("maxEqfLevel").Description("Highest EQF level.");
        Field<FloatGraphType>("maxCost").Description("Price cap; needs `currency` (credentials priced otherwise do not match).");
        Field<StringGraphType>("currency").Description("ISO 4217 currency of `maxCost`.");
        Field<FloatGraphType>("maxHours").Description("Workload cap in hours.");
        Field<IntGraphType>("maxDurationDays").Description("Duration cap in days (6 months ≈ 183).");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<DeliveryMode>>>>("deliveryModes").Description("Forms of participation.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("ISO 639-1 languages.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CredentialType>>>>("types").Description("Kinds of credential.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("providers").Description("Provider global ids.");
        Field<ListGraphType<NonNullGraphType<EnumerationGraphType<CredentialStatus>>>>("statuses").Description("Statuses that count (default PUBLISHED).");
    }
}

public sealed class MatchingInputGraphType : InputObjectGraphType
{
    public MatchingInputGraphType()
    {
        Name = "MatchingInput";
        Description = "How a credential's competency satisfies a requirement. Default: HIERARCHY, depth 2, narrower concepts only.";
        Field<EnumerationGraphType<MatchingMode>>("mode").Description("EXACT, HIERARCHY or CROSSWALK.");
        Field<IntGraphType>("depth").Description("Hierarchy levels to follow (0–6, default 2); a match d levels down has fit 0.8^d.");
        Field<BooleanGraphType>("includeBroader").Description("Also accept broader concepts (fit 0.5^d).");
        Field<FloatGraphType>("minConfidence").Description("Lowest crosswalk confidence accepted (default 0.5).");
    }
}
