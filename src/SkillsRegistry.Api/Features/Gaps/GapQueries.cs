using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Gaps;

public static class GapQueries
{
    public static void AddGapQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SkillGapGraphType>>("skillGap")
            .Description("Which required competencies of an occupation (or role) the credentials on offer cover, and which are gaps, weighted by importance and demand.")
            .Argument<NonNullGraphType<GapTargetInputGraphType>>("target", "The occupation or role, minus what the learner holds.")
            .Argument<SupplyFilterInputGraphType>("supply", "Which credentials count (default: published, anywhere).")
            .Argument<MatchingInputGraphType>("matching", "How credentials match requirements (default: hierarchy, 2 levels narrower).")
            .ResolveAsync(async c =>
            {
                var (index, target, supply, matching, viewer) = await ResolveAsync(c);
                return index.SkillGap(target, supply, matching, viewer);
            });

        query.Field<NonNullGraphType<PathwayGraphType>>("pathway")
            .Description("The fewest / cheapest / shortest set of credentials covering the target's essential competencies (exact search when few candidates remain, else greedy).")
            .Argument<NonNullGraphType<GapTargetInputGraphType>>("target", "The occupation or role, minus what the learner holds.")
            .Argument<SupplyFilterInputGraphType>("supply", "Which credentials may be chosen (default: published, anywhere).")
            .Argument<MatchingInputGraphType>("matching", "How credentials match requirements.")
            .Argument<PathwayObjectiveGraphType>("objective", "What to minimise (default FEWEST_CREDENTIALS).")
            .ResolveAsync(async c =>
            {
                var (index, target, supply, matching, viewer) = await ResolveAsync(c);
                var snapshot = index.Snapshot(target, viewer);
                return PathwayEngine.Plan(snapshot, supply, matching, c.GetArgument("objective", PathwayObjective.FewestCredentials));
            });
    }

    /// <summary>
    /// The inputs, and the gap index as current as the data stamps say (one SQL command when nothing changed; target
    /// inputs given by URI or code add their look-up). The index answers for the caller's viewer (drafts rule).
    /// </summary>
    private static async Task<(GapIndex, GapTarget, SupplyFilter, MatchingOptions, RegistryViewer)> ResolveAsync(IResolveFieldContext context)
    {
        var supply = GapInputs.Supply(context.GetArgument<Dictionary<string, object?>?>("supply"));
        var matching = GapInputs.Matching(context.GetArgument<Dictionary<string, object?>?>("matching"));
        await using var db = await context.DbAsync();
        var target = await GapInputs.TargetAsync(db, context.GetArgument<Dictionary<string, object?>>("target"), context.CancellationToken);
        var index = await context.Service<GapIndexCache>().CurrentAsync(db, context.CancellationToken);
        return (index, target with { HierarchyDepth = Math.Max(matching.Depth, 1) }, supply, matching, db.Viewer);
    }
}
