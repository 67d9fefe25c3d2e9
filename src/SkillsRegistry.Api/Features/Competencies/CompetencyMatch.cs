using System.Linq.Expressions;
using GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

/// <summary>"This competency, or (optionally) any concept below it in the hierarchy" as an EF Core predicate.</summary>
public sealed record CompetencyMatch(string Uri, bool IncludeNarrower, int MaxDepth)
{
    public const int DepthLimit = 6;

    public static CompetencyMatch From(IDictionary<string, object?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var depth = input.TryGetValue("maxDepth", out var d) && d is int given ? given : 4;
        if (depth < 1 || depth > DepthLimit)
            throw new ExecutionError($"'maxDepth' must be between 1 and {DepthLimit}; it was {depth}.") { Code = "INVALID_DEPTH" };
        var narrower = input.TryGetValue("includeNarrower", out var n) && n is true;
        return new CompetencyMatch((string)input["uri"]!, narrower, depth);
    }

    /// <summary>
    /// Depth-bounded nested EXISTS over the broader edges: a concept matches when it is the concept itself or
    /// when one of its broader concepts matches one level up.
    /// </summary>
    public Expression<Func<Competency, bool>> ToPredicate()
    {
        var uri = ExpressionParameters.Of(Uri, typeof(string));
        return Within(uri, IncludeNarrower ? MaxDepth : 0);
    }

    private static Expression<Func<Competency, bool>> Within(Expression uri, int depth)
    {
        var c = Expression.Parameter(typeof(Competency), "c");
        Expression body = Expression.Equal(Expression.Property(c, nameof(Competency.Uri)), uri);
        if (depth > 0)
        {
            var above = Within(uri, depth - 1);
            var edge = Expression.Parameter(typeof(CompetencyBroader), "e");
            var edgeMatches = Expression.Lambda<Func<CompetencyBroader, bool>>(
                ExpressionParameters.Inline(above, Expression.Property(edge, nameof(CompetencyBroader.Broader))), edge);
            var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(CompetencyBroader)],
                Expression.Property(c, nameof(Competency.Broader)), edgeMatches);
            body = Expression.OrElse(body, any);
        }
        return Expression.Lambda<Func<Competency, bool>>(body, c);
    }
}
