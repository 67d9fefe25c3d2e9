using System.Linq.Expressions;
using GraphQL.Types;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>
/// The filterable and sortable fields of one entity. The same definition produces the GraphQL input types
/// and the EF Core predicate, so what the schema offers is exactly what is translated to SQL.
/// </summary>
public abstract class FilterSchema<T>
{
    private readonly List<FilterField> _fields = [];
    private readonly List<SortField> _sortFields = [];

    public IReadOnlyList<FilterField> Fields => _fields;
    public IReadOnlyList<SortField> SortFields => _sortFields;

    /// <summary>GraphQL name of the entity, e.g. "Credential"; the inputs are named CredentialFilter and CredentialSort.</summary>
    public abstract string EntityName { get; }

    protected void Field<TValue>(string name, Expression<Func<T, TValue>> accessor, FilterKind kind, string description, Type? enumGraphType = null)
    {
        var inputType = OperatorInputTypes.For(kind, typeof(TValue), enumGraphType);
        _fields.Add(new FilterField(name, description, inputType, (value, parameter) =>
            OperatorPredicates.Build(ExpressionParameters.Inline(accessor, parameter), kind, (IDictionary<string, object?>)value)));
    }

    protected void Custom<TInput>(string name, string description, Type inputGraphType, Func<TInput, Expression<Func<T, bool>>> build)
    {
        _fields.Add(new FilterField(name, description, inputGraphType, (value, parameter) =>
            ExpressionParameters.Inline(build((TInput)value), parameter)));
    }

    protected void Nested<TChild>(string name, Expression<Func<T, TChild>> navigation, FilterSchema<TChild> child, string description)
    {
        ArgumentNullException.ThrowIfNull(child);
        var inputType = typeof(FilterInputGraphType<,>).MakeGenericType(child.GetType(), typeof(TChild));
        _fields.Add(new FilterField(name, description, inputType, (value, parameter) =>
        {
            var childPredicate = child.ToPredicate((IDictionary<string, object?>)value);
            return ExpressionParameters.Inline(childPredicate, ExpressionParameters.Inline(navigation, parameter));
        }));
    }

    protected void Sort<TValue>(string name, Expression<Func<T, TValue>> key, string description) =>
        _sortFields.Add(new SortField(name, description, key));

    /// <summary>The predicate of a filter input value; and/or/not combine nested inputs.</summary>
    public Expression<Func<T, bool>> ToPredicate(IDictionary<string, object?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Body(input, parameter), parameter);
    }

    private Expression Body(IDictionary<string, object?> input, ParameterExpression parameter)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in input)
        {
            if (value is null)
                continue;
            var clause = name switch
            {
                "and" => Combine(value, parameter, Expression.AndAlso, true),
                "or" => Combine(value, parameter, Expression.OrElse, false),
                "not" => Expression.Not(Body((IDictionary<string, object?>)value, parameter)),
                _ => _fields.Single(f => f.Name == name).BuildPredicate(value, parameter),
            };
            result = result is ConstantExpression ? clause : Expression.AndAlso(result, clause);
        }
        return result;
    }

    private Expression Combine(object value, ParameterExpression parameter, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        var parts = ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().Select(v => Body(v, parameter)).ToList();
        return parts.Count == 0 ? Expression.Constant(empty) : parts.Aggregate((a, b) => join(a, b));
    }
}

/// <summary>A sortable field: its GraphQL name and the key it orders by.</summary>
public sealed record SortField(string Name, string Description, LambdaExpression Key);

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "Ascending or descending order.";
    }
}
