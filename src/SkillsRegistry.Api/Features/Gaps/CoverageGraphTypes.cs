using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed class CoverageGraphType : ObjectGraphType<CoverageResult>
{
    public CoverageGraphType()
    {
        Name = "Coverage";
        Description = "A planner's matrix: coverage of each occupation's requirements by the credentials offered in each region.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellGraphType>>>>("cells")
            .Description("One cell per occupation × region, highest demand-weighted priority first.").Resolve(c => c.Source.Cells);
    }
}

public sealed class CoverageCellGraphType : ObjectGraphType<CoverageCell>
{
    public CoverageCellGraphType()
    {
        Name = "CoverageCell";
        Description = "Coverage of one occupation's requirements by the credentials offered in one region.";
        Field<NonNullGraphType<OccupationGraphType>>("occupation").Description("The occupation.").Resolve(c => c.LoadById<Occupation>(c.Source.OccupationId));
        Field(x => x.Region).Description("The region (ISO 3166; a country also counts its subdivisions).");
        Field(x => x.EssentialCount).Description("Essential requirements.");
        Field(x => x.CoveredEssentialCount).Description("Essential requirements covered in the region.");
        Field(x => x.CoveragePercent).Description("Share of all requirements covered, in percent.");
        Field(x => x.WeightedCoveragePercent).Description("Importance-weighted share covered, in percent.");
        Field(x => x.CredentialCount).Description("Distinct credentials offered in the region that cover at least one requirement.");
        Field(x => x.Priority).Description("Demand-weighted priority of the remaining gaps (as skillGap's priority).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompetencyGraphType>>>>("deserts")
            .Description("Skill deserts: essential competencies no credential in the region covers.")
            .Resolve(c => c.Source.DesertCompetencyIds.Select(id => c.LoadById<Competency>(id)).ToList());
    }
}
