using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class OccupationFilter : FilterSchema<Occupation>
{
    public override string EntityName => "Occupation";

    public OccupationFilter()
    {
        Field("uri", o => o.Uri, FilterKind.String, "Occupation URI.");
        Field("code", o => o.Code, FilterKind.String, "Code in its framework (ESCO code, ISCO group, O*NET-SOC).");
        Field("iscoCode", o => o.IscoCode, FilterKind.String, "ISCO-08 unit group; `startsWith: \"25\"` gives all ICT professionals.");
        Field("socCode", o => o.SocCode, FilterKind.String, "2018 SOC code.");
        Field("preferredLabel", o => o.PreferredLabel, FilterKind.String, "Preferred title.");
        Field("kind", o => o.Kind, FilterKind.Enum, "Occupation or group.", typeof(EnumerationGraphType<OccupationKind>));
        Field("status", o => o.Status, FilterKind.Enum, "Released or deprecated.", typeof(EnumerationGraphType<ConceptStatus>));
        Nested("framework", o => o.Framework, new FrameworkFilter(), "The framework release.");
        Custom<IDictionary<string, object?>>("requires", "Occupations that require this competency (or, with `includeNarrower`, one below it).",
            typeof(CompetencyMatchInputGraphType), RequiresMatch);
        Sort("preferredLabel", o => o.PreferredLabel, "By preferred title.");
        Sort("code", o => o.Code, "By code.");
    }

    private static System.Linq.Expressions.Expression<Func<Occupation, bool>> RequiresMatch(IDictionary<string, object?> input)
    {
        var match = CompetencyMatch.From(input).ToPredicate();
        var r = System.Linq.Expressions.Expression.Parameter(typeof(OccupationRequirement), "r");
        var requirementMatches = System.Linq.Expressions.Expression.Lambda<Func<OccupationRequirement, bool>>(
            ExpressionParameters.Inline(match, System.Linq.Expressions.Expression.Property(r, nameof(OccupationRequirement.Competency))), r);
        return o => o.Requirements.AsQueryable().Any(requirementMatches);
    }
}
