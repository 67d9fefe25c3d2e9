using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Gaps;

/// <summary>A deliberately simple reference of the gap semantics, written apart from the engines.</summary>
internal static class BruteForce
{
    public static bool Passes(GapInstance instance, SupplyPosting c)
    {
        var f = instance.Filter;
        var region = f.Regions is null || c.Regions.Any(r => f.Regions.Any(w => r == w || r.StartsWith(w + "-", StringComparison.Ordinal)));
        var cost = f.CostCurrency is null || (c.CostCurrency == f.CostCurrency && c.CostAmount is not null
            && (f.MaxCost is null || c.CostAmount <= f.MaxCost));
        return c.Status == CredentialStatus.Published && region && cost;
    }

    /// <summary>What earning a credential gives: its own competencies and those of its parts, recursively.</summary>
    public static HashSet<int> Earned(GapInstance instance, SupplyPosting c)
    {
        var result = c.Competencies.ToHashSet();
        foreach (var part in instance.Credentials.Where(p => c.PartIds.Contains(p.Id)))
            result.UnionWith(Earned(instance, part));
        return result;
    }

    /// <summary>Fewest levels from <paramref name="from"/> up to <paramref name="to"/>, or null beyond <paramref name="limit"/>.</summary>
    private static int? Up(GapInstance instance, int from, int to, int limit)
    {
        if (from == to)
            return 0;
        if (limit == 0)
            return null;
        var distances = instance.Edges.Where(e => e.NarrowerId == from)
            .Select(e => Up(instance, e.BroaderId, to, limit - 1)).Where(d => d is not null).Select(d => d!.Value + 1).ToList();
        return distances.Count == 0 ? null : distances.Min();
    }

    public static double Fit(GapInstance instance, int competency, int required)
    {
        var o = instance.Options;
        var fits = new List<double> { competency == required ? 1 : 0 };
        if (o.Mode == MatchingMode.Hierarchy && Up(instance, competency, required, o.Depth) is { } down)
            fits.Add(Math.Pow(0.8, down));
        if (o.Mode == MatchingMode.Hierarchy && o.IncludeBroader && Up(instance, required, competency, o.Depth) is { } up)
            fits.Add(Math.Pow(0.5, up));
        if (o.Mode == MatchingMode.Crosswalk)
        {
            fits.AddRange(instance.Links.Where(l => l.Confidence >= o.MinConfidence
                && ((l.SourceId == required && l.TargetId == competency) || (l.SourceId == competency && l.TargetId == required)))
                .Select(l => l.Confidence));
        }
        return fits.Max();
    }

    public static double Fit(GapInstance instance, SupplyPosting credential, int required) =>
        Earned(instance, credential).Select(c => Fit(instance, c, required)).DefaultIfEmpty(0).Max();

    public static List<SupplyPosting> Covering(GapInstance instance, int required) =>
        instance.Credentials.Where(c => Passes(instance, c) && Fit(instance, c, required) > 0).ToList();

    public static double Importance(TargetRequirement r) =>
        r.Importance ?? (r.Relation == RequirementRelation.Essential ? 4 : 2);

    public static List<int> Essentials(GapInstance instance) =>
        instance.Requirements.Where(r => r.Relation == RequirementRelation.Essential).Select(r => r.CompetencyId).ToList();

    /// <summary>The cheapest subset of credentials passing the filter that covers every coverable essential (all subsets tried).</summary>
    public static double OptimalCost(GapInstance instance, PathwayObjective objective)
    {
        var usable = instance.Credentials.Where(c => Passes(instance, c)).ToList();
        var coverable = Essentials(instance).Where(e => usable.Any(c => Fit(instance, c, e) > 0)).ToList();
        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << usable.Count; mask++)
        {
            var subset = usable.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (coverable.All(e => subset.Any(c => Fit(instance, c, e) > 0)))
                best = Math.Min(best, subset.Sum(c => Cost(c, objective)));
        }
        return best;
    }

    public static double Cost(SupplyPosting c, PathwayObjective objective) => objective switch
    {
        PathwayObjective.LowestCost => (double)(c.CostAmount ?? 0),
        PathwayObjective.ShortestHours => (double)(c.Hours ?? 0),
        _ => 1,
    };
}
