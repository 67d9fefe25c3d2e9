using System.Linq.Expressions;

namespace SkillsRegistry.Api.GraphQL.Filtering;

/// <summary>
/// One field of a filter input. Either a plain field (an accessor and a <see cref="FilterKind"/>) or a custom one
/// that builds its own predicate from its input value (nested filters, hierarchy matches).
/// </summary>
public sealed record FilterField(
    string Name,
    string Description,
    Type InputGraphType,
    Func<object, ParameterExpression, Expression> BuildPredicate);
