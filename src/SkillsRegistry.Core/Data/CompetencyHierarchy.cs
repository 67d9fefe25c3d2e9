using System.Linq.Expressions;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Data;

/// <summary>"One of these concepts, or any concept below them" as an EF Core predicate (nested EXISTS, depth-bounded).</summary>
public static class CompetencyHierarchy
{
    public const int MaxDepth = 6;

    /// <summary>
    /// A competency matches when its URI is one of <paramref name="uris"/>, or when one of its broader concepts
    /// matches one level up, following at most <paramref name="depth"/> levels.
    /// </summary>
    public static Expression<Func<Competency, bool>> Within(IReadOnlyCollection<string> uris, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        return Build(ExpressionParameters.Of(uris.ToArray(), typeof(string[])), depth);
    }

    private static Expression<Func<Competency, bool>> Build(Expression uris, int depth)
    {
        var c = Expression.Parameter(typeof(Competency), "c");
        Expression body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            uris, Expression.Property(c, nameof(Competency.Uri)));
        if (depth > 0)
        {
            var above = Build(uris, depth - 1);
            var edge = Expression.Parameter(typeof(CompetencyBroader), "e");
            var broader = Expression.Property(edge, nameof(CompetencyBroader.Broader));
            var edgeMatches = Expression.Lambda<Func<CompetencyBroader, bool>>(ExpressionParameters.Inline(above, broader), edge);
            body = Expression.OrElse(body, Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(CompetencyBroader)],
                Expression.Property(c, nameof(Competency.Broader)), edgeMatches));
        }
        return Expression.Lambda<Func<Competency, bool>>(body, c);
    }
}
