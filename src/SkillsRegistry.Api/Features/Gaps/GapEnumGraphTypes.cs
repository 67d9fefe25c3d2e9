using GraphQL.Types;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Api.Features.Gaps;

public sealed class MatchingModeGraphType : EnumerationGraphType<MatchingMode>
{
    public MatchingModeGraphType()
    {
        Name = "MatchingMode";
        Description = "How a credential's competency may satisfy a required one.";
        Values["EXACT"]!.Description = "Only the same competency.";
        Values["HIERARCHY"]!.Description = "The same competency or one narrower (optionally broader) within `depth` levels.";
        Values["CROSSWALK"]!.Description = "The same competency or one linked by a competency crosswalk above `minConfidence`.";
    }
}

public sealed class PathwayObjectiveGraphType : EnumerationGraphType<PathwayObjective>
{
    public PathwayObjectiveGraphType()
    {
        Name = "PathwayObjective";
        Description = "What a pathway minimises.";
        Values["FEWEST_CREDENTIALS"]!.Description = "The number of credentials.";
        Values["LOWEST_COST"]!.Description = "The sum of prices (set a currency in the supply filter to compare like with like).";
        Values["SHORTEST_HOURS"]!.Description = "The sum of learning hours.";
    }
}

public sealed class PathwayAlgorithmGraphType : EnumerationGraphType<PathwayAlgorithm>
{
    public PathwayAlgorithmGraphType()
    {
        Name = "PathwayAlgorithm";
        Description = "The set-cover algorithm used.";
        Values["AUTO"]!.Description = "Exact when few candidates remain after pruning, else greedy.";
        Values["NONE"]!.Description = "Nothing to cover, or nothing that can cover it.";
        Values["EXACT"]!.Description = "Branch and bound: optimal for the objective.";
        Values["GREEDY"]!.Description = "Greedy by cost-effectiveness: within H(n) of the optimum.";
    }
}
