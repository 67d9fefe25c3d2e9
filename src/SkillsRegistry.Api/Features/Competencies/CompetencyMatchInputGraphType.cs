using GraphQL.Types;

namespace SkillsRegistry.Api.Features.Competencies;

public sealed class CompetencyMatchInputGraphType : InputObjectGraphType
{
    public CompetencyMatchInputGraphType()
    {
        Name = "CompetencyMatchInput";
        Description = "A competency by URI and, optionally, every concept below it in the hierarchy (e.g. a skill group and its skills).";
        Field<NonNullGraphType<StringGraphType>>("uri").Description("URI of the competency or skill group (any framework release).");
        Field<BooleanGraphType>("includeNarrower").DefaultValue(false).Description("Also match narrower concepts, down to `maxDepth` levels.");
        Field<IntGraphType>("maxDepth").DefaultValue(4).Description($"How many levels below to follow (1–{CompetencyMatch.DepthLimit}).");
    }
}
