using System.Linq.Expressions;
using GraphQL.Types;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

public sealed class CompetencyFilter : FilterSchema<Competency>
{
    public override string EntityName => "Competency";

    public CompetencyFilter()
    {
        Field("uri", c => c.Uri, FilterKind.String, "Concept URI.");
        Field("code", c => c.Code, FilterKind.String, "Code in the source framework.");
        Field("preferredLabel", c => c.PreferredLabel, FilterKind.String, "Preferred label.");
        Custom<IDictionary<string, object?>>("label", "Preferred or alternative label (`contains` and `startsWith` ignore case).",
            typeof(StringFilterInputGraphType), LabelMatch);
        Field("type", c => c.Type, FilterKind.Enum, "Kind of competency.", typeof(EnumerationGraphType<CompetencyType>));
        Field("reuseLevel", c => c.ReuseLevel, FilterKind.Enum, "ESCO reuse level.", typeof(EnumerationGraphType<ReuseLevel>));
        Field("status", c => c.Status, FilterKind.Enum, "Released or deprecated.", typeof(EnumerationGraphType<ConceptStatus>));
        Field("isHotTechnology", c => c.IsHotTechnology, FilterKind.Boolean, "O*NET Hot Technology flag.");
        Nested("framework", c => c.Framework, new FrameworkFilter(), "The framework release.");
        Custom<IDictionary<string, object?>>("within", "The concept itself or, with `includeNarrower`, any concept below it.",
            typeof(CompetencyMatchInputGraphType), input => CompetencyMatch.From(input).ToPredicate());
        Sort("preferredLabel", c => c.PreferredLabel, "By preferred label.");
        Sort("uri", c => c.Uri, "By URI.");
        Sort("code", c => c.Code, "By source code.");
    }

    /// <summary>The string operators applied to the preferred label, or to any alternative label.</summary>
    private static Expression<Func<Competency, bool>> LabelMatch(IDictionary<string, object?> operators)
    {
        var c = Expression.Parameter(typeof(Competency), "c");
        var preferred = OperatorPredicates.Build(Expression.Property(c, nameof(Competency.PreferredLabel)), FilterKind.String, operators);
        var label = Expression.Parameter(typeof(string), "label");
        var anyAlternative = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)],
            Expression.Property(c, nameof(Competency.AlternativeLabels)),
            Expression.Lambda<Func<string, bool>>(OperatorPredicates.Build(label, FilterKind.String, operators), label));
        return Expression.Lambda<Func<Competency, bool>>(Expression.OrElse(preferred, anyAlternative), c);
    }
}
