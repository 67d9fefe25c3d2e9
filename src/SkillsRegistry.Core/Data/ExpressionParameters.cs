using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace SkillsRegistry.Core.Data;

/// <summary>Building blocks for predicates EF Core translates: parameterised values and lambda inlining.</summary>
public static class ExpressionParameters
{
    /// <summary>A value EF Core sends as a SQL parameter (not inlined), so query plans are reused.</summary>
    public static Expression Of(object? value, Type type)
    {
        var boxType = typeof(StrongBox<>).MakeGenericType(type);
        var box = Activator.CreateInstance(boxType, value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    /// <summary>Substitutes <paramref name="replacement"/> for the single parameter of <paramref name="lambda"/>.</summary>
    public static Expression Inline(LambdaExpression lambda, Expression replacement) =>
        new Replacer(lambda.Parameters[0], replacement).Visit(lambda.Body);

    private sealed class Replacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
