using System.Linq.Expressions;
using GraphQL;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

/// <summary>"This competency, or (optionally) any concept below it in the hierarchy" as an EF Core predicate.</summary>
public sealed record CompetencyMatch(string Uri, bool IncludeNarrower, int MaxDepth)
{
    public const int DepthLimit = CompetencyHierarchy.MaxDepth;

    public static CompetencyMatch From(IDictionary<string, object?> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var depth = input.TryGetValue("maxDepth", out var d) && d is int given ? given : 4;
        if (depth < 1 || depth > DepthLimit)
            throw new ExecutionError($"'maxDepth' must be between 1 and {DepthLimit}; it was {depth}.") { Code = "INVALID_DEPTH" };
        var narrower = input.TryGetValue("includeNarrower", out var n) && n is true;
        return new CompetencyMatch((string)input["uri"]!, narrower, depth);
    }

    /// <summary>The concept itself or, with <see cref="IncludeNarrower"/>, any concept up to <see cref="MaxDepth"/> levels below it.</summary>
    public Expression<Func<Competency, bool>> ToPredicate() => CompetencyHierarchy.Within([Uri], IncludeNarrower ? MaxDepth : 0);
}
