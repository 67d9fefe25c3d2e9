using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>Turns one operator input (<c>{ gte: 3, lt: 6 }</c>) on one member into a predicate body; operators are and-ed.</summary>
internal static class OperatorPredicates
{
    private static readonly MethodInfo _toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo _contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo _startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static Expression Build(Expression member, FilterKind kind, IDictionary<string, object?> operators)
    {
        Expression? result = null;
        foreach (var (op, value) in operators)
        {
            if (value is null)
                continue;
            var clause = Clause(member, kind, op, value);
            result = result is null ? clause : Expression.AndAlso(result, clause);
        }
        return result ?? Expression.Constant(true);
    }

    private static Expression Clause(Expression member, FilterKind kind, string op, object value) => (kind, op) switch
    {
        (FilterKind.String, "contains") => TextMatch(member, _contains, (string)value),
        (FilterKind.String, "startsWith") => TextMatch(member, _startsWith, (string)value),
        (FilterKind.StringList, "includes") => ListContains(member, value),
        (FilterKind.StringList, "includesAny") => ListIntersects(member, (IEnumerable)value),
        (_, "eq") => Expression.Equal(member, ExpressionParameters.Of(Convert(value, member.Type), member.Type)),
        (_, "in") => InList(member, (IEnumerable)value),
        (_, "gt") => Expression.GreaterThan(member, ExpressionParameters.Of(Convert(value, member.Type), member.Type)),
        (_, "gte") => Expression.GreaterThanOrEqual(member, ExpressionParameters.Of(Convert(value, member.Type), member.Type)),
        (_, "lt") => Expression.LessThan(member, ExpressionParameters.Of(Convert(value, member.Type), member.Type)),
        (_, "lte") => Expression.LessThanOrEqual(member, ExpressionParameters.Of(Convert(value, member.Type), member.Type)),
        _ => throw new InvalidOperationException($"Operator '{op}' is not defined for {kind} filters."),
    };

    private static Expression TextMatch(Expression member, MethodInfo method, string value)
    {
        var lowered = Expression.Call(member, _toLower);
        var match = Expression.Call(lowered, method, ExpressionParameters.Of(value.ToLowerInvariant(), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), match);
    }

    private static Expression InList(Expression member, IEnumerable values)
    {
        var elementType = member.Type;
        var typed = CastList(values, elementType);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [elementType],
            ExpressionParameters.Of(typed, typed.GetType()), member);
    }

    private static Expression ListContains(Expression member, object value) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], member,
            ExpressionParameters.Of((string)value, typeof(string)));

    private static Expression ListIntersects(Expression member, IEnumerable values)
    {
        var wanted = values.Cast<string>().ToArray();
        var element = Expression.Parameter(typeof(string), "code");
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            ExpressionParameters.Of(wanted, typeof(string[])), element);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], member,
            Expression.Lambda<Func<string, bool>>(contains, element));
    }

    private static Array CastList(IEnumerable values, Type elementType)
    {
        var items = values.Cast<object?>().Select(v => Convert(v!, elementType)).ToArray();
        var array = Array.CreateInstance(elementType, items.Length);
        for (var i = 0; i < items.Length; i++)
            array.SetValue(items[i], i);
        return array;
    }

    private static object? Convert(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
            return value;
        if (type.IsEnum)
            return Enum.ToObject(type, value);
        if (type == typeof(DateOnly) && value is DateTime dt)
            return DateOnly.FromDateTime(dt);
        return System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
    }
}
