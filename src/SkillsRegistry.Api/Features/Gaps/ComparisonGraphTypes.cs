using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed class CredentialComparisonGraphType : ObjectGraphType<CredentialComparison>
{
    public CredentialComparisonGraphType()
    {
        Name = "CredentialComparison";
        Description = "Credentials side by side: their Annex I fields (on each credential) and how their competencies overlap.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialGraphType>>>>("credentials").Description("The credentials, in the order asked.")
            .Resolve(c => c.Source.CredentialIds.Select(id => c.LoadById<Credential>(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyOverlapGraphType>>>>("pairs").Description("Overlap of every pair.").Resolve(c => c.Source.Pairs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("shared").Description("Competencies all of them teach or assess (under the matching options).")
            .Resolve(c => c.Source.SharedCompetencyIds.Select(id => c.LoadById<Competency>(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialCompetenciesGraphType>>>>("unique").Description("Per credential, the competencies no other compared credential matches.")
            .Resolve(c => c.Source.Unique);
    }
}

public sealed class CompetencyOverlapGraphType : ObjectGraphType<CompetencyOverlap>
{
    public CompetencyOverlapGraphType()
    {
        Name = "CompetencyOverlap";
        Description = "How much two credentials' competencies overlap.";
        Field<NonNullGraphType<CredentialGraphType>>("first").Description("One credential.").Resolve(c => c.LoadById<Credential>(c.Source.FirstCredentialId));
        Field<NonNullGraphType<CredentialGraphType>>("second").Description("The other credential.").Resolve(c => c.LoadById<Credential>(c.Source.SecondCredentialId));
        Field(o => o.Jaccard).Description("Shared competencies / all competencies of the two (0–1).");
        Field(o => o.WeightedJaccard).Description("The same weighted by alignment weights (0–1); see docs/gaps.md.");
    }
}

public sealed class CredentialCompetenciesGraphType : ObjectGraphType<CredentialCompetencies>
{
    public CredentialCompetenciesGraphType()
    {
        Name = "CredentialCompetencies";
        Description = "A credential and a set of its competencies.";
        Field<NonNullGraphType<CredentialGraphType>>("credential").Description("The credential.").Resolve(c => c.LoadById<Credential>(c.Source.CredentialId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("competencies").Description("The competencies.")
            .Resolve(c => c.Source.CompetencyIds.Select(id => c.LoadById<Competency>(id)).ToList());
    }
}

public sealed class ProviderComparisonGraphType : ObjectGraphType<ProviderComparison>
{
    public ProviderComparisonGraphType()
    {
        Name = "ProviderComparison";
        Description = "Which of an occupation's competencies each provider's published credentials cover.";
        Field<NonNullGraphType<OccupationGraphType>>("occupation").Description("The occupation.").Resolve(c => c.LoadById<Occupation>(c.Source.OccupationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderCoverageGraphType>>>>("providers").Description("One entry per provider, in the order asked.").Resolve(c => c.Source.Providers);
    }
}

public sealed class ProviderCoverageGraphType : ObjectGraphType<ProviderCoverage>
{
    public ProviderCoverageGraphType()
    {
        Name = "ProviderCoverage";
        Description = "How far one provider covers an occupation's requirements.";
        Field<NonNullGraphType<ProviderGraphType>>("provider").Description("The provider.").Resolve(c => c.LoadById<Provider>(c.Source.ProviderId));
        Field(p => p.RequiredCount).Description("Requirements of the occupation.");
        Field(p => p.CoveredCount).Description("Requirements the provider covers.");
        Field(p => p.CoveragePercent).Description("Share covered, in percent.");
        Field(p => p.WeightedCoveragePercent).Description("Importance-weighted share covered, in percent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("covered").Description("Competencies covered.")
            .Resolve(c => c.Source.CoveredCompetencyIds.Select(id => c.LoadById<Competency>(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("uncoveredEssential").Description("Essential competencies not covered.")
            .Resolve(c => c.Source.UncoveredEssentialCompetencyIds.Select(id => c.LoadById<Competency>(id)).ToList());
    }
}
