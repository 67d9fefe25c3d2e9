using GraphQL.Types;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class MappingGraphType : ObjectGraphType<ConceptMapping>
{
    public MappingGraphType()
    {
        Name = "ConceptMapping";
        Description = "A crosswalk edge between concepts of two frameworks.";
        Field(m => m.Kind).Description("Kind of concepts mapped.");
        Field(m => m.SourceUri).Description("URI of the source concept.");
        Field(m => m.TargetUri).Description("URI of the target concept.");
        Field(m => m.MatchType).Description("Strength of the match.");
        Field(m => m.Confidence).Description("Confidence in [0, 1].");
        Field(m => m.Source).Description("Who published the mapping.");
        Field<OccupationGraphType>("sourceOccupation").Description("The source occupation, when it is in the registry.")
            .Resolve(c => c.Service<OccupationByUriLoader>().Load(c.Source.SourceUri));
        Field<OccupationGraphType>("targetOccupation").Description("The target occupation, when it is in the registry.")
            .Resolve(c => c.Service<OccupationByUriLoader>().Load(c.Source.TargetUri));
    }
}
