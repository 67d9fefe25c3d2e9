using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class RequirementGraphType : ObjectGraphType<OccupationRequirement>
{
    public RequirementGraphType()
    {
        Name = "OccupationRequirement";
        Description = "A competency an occupation needs, with how much it matters.";
        Field(r => r.Relation).Description("Essential or optional for the occupation.");
        Field(r => r.Importance, nullable: true).Description("O*NET importance, 1 (not important) to 5 (extremely important).");
        Field(r => r.Level, nullable: true).Description("O*NET level needed, 0 to 7; null where O*NET marks the level not relevant.");
        Field(r => r.IsInDemand).Description("O*NET In Demand: the technology is frequently requested in job postings for this occupation.");
        Field<NonNullGraphType<OccupationGraphType>>("occupation").Description("The occupation.")
            .Resolve(c => c.LoadById<Occupation>(c.Source.OccupationId));
        Field<NonNullGraphType<CompetencyGraphType>>("competency").Description("The required competency.")
            .Resolve(c => c.LoadById<Competency>(c.Source.CompetencyId));
    }
}
