using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed class SkillGapGraphType : ObjectGraphType<SkillGapResult>
{
    public SkillGapGraphType()
    {
        Name = "SkillGap";
        Description = "How well the filtered supply of credentials covers a target's required competencies (see docs/gaps.md).";
        Field(r => r.RequiredCount).Description("Number of required competencies (after removing held ones).");
        Field(r => r.CoveredCount).Description("Number covered by at least one matching credential.");
        Field(r => r.CoveragePercent).Description("100 × covered / required (100 when nothing is required).");
        Field(r => r.WeightedCoveragePercent).Description("Coverage weighted by importance (O*NET importance; ESCO essential 4, optional 2).");
        Field(r => r.DemandFactor).Description("Labour-market demand multiplier of the occupation: log10(1 + annual openings) × (1 + growth%/100), 1 without data.");
        Field(r => r.Priority).Description("Sum of the uncovered requirements' priorities: how urgent closing the remaining gaps is.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGapGraphType>>>>("requirements")
            .Description("Every required competency with its coverage.").Resolve(c => c.Source.Requirements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequirementGapGraphType>>>>("uncoveredEssential")
            .Description("Essential competencies no matching credential covers, highest priority first.").Resolve(c => c.Source.UncoveredEssential);
    }
}

public sealed class RequirementGapGraphType : ObjectGraphType<RequirementGap>
{
    public RequirementGapGraphType()
    {
        Name = "RequirementGap";
        Description = "The supply for one required competency.";
        Field<NonNullGraphType<CompetencyGraphType>>("competency").Description("The required competency.")
            .Resolve(c => c.LoadById<Competency>(c.Source.CompetencyId));
        Field(r => r.Relation).Description("Essential or optional.");
        Field(r => r.Importance).Description("Importance used for weighting (O*NET 1–5; ESCO essential 4, optional 2).");
        Field<FloatGraphType>("level").Description("O*NET level (0–7), where known.").Resolve(c => c.Source.Requirement.Level);
        Field<NonNullGraphType<BooleanGraphType>>("isInDemand").Description("O*NET In Demand technology for this occupation.").Resolve(c => c.Source.Requirement.IsInDemand);
        Field<NonNullGraphType<BooleanGraphType>>("isHotTechnology").Description("O*NET Hot Technology.").Resolve(c => c.Source.Requirement.IsHotTechnology);
        Field(r => r.Covered).Description("Whether at least one matching credential covers it.");
        Field(r => r.CredentialCount).Description("Matching credentials covering it.");
        Field(r => r.ProviderCount).Description("Distinct providers of those credentials.");
        Field(r => r.GapWeight).Description("Importance with bonuses for hot / in-demand technologies.");
        Field(r => r.Priority).Description("Gap weight × demand factor when uncovered, else 0.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoveringCredentialGraphType>>>>("best")
            .Description("Up to 3 covering credentials: best fit, then cheapest, then shortest.").Resolve(c => c.Source.Best);
    }
}

public sealed class CoveringCredentialGraphType : ObjectGraphType<CoveringCredential>
{
    public CoveringCredentialGraphType()
    {
        Name = "CoveringCredential";
        Description = "A credential that covers a requirement, and how well.";
        Field(c => c.Fit).Description("1 for the competency itself, 0.8^d for one d levels narrower, 0.5^d broader, the confidence for a crosswalk.");
        Field<FloatGraphType>("costAmount").Description("Price.").Resolve(c => (double?)c.Source.CostAmount);
        Field(c => c.CostCurrency, nullable: true).Description("Currency of the price.");
        Field<FloatGraphType>("hours").Description("Workload in hours.").Resolve(c => (double?)c.Source.Hours);
        Field<NonNullGraphType<CredentialGraphType>>("credential").Description("The credential.")
            .Resolve(c => c.LoadById<Credential>(c.Source.CredentialId));
    }
}
