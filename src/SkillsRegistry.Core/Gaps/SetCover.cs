namespace SkillsRegistry.Core.Gaps;

/// <summary>Weighted set cover over candidates whose covers are subsets of one universe (every element coverable).</summary>
internal static class SetCover
{
    /// <summary>Drops a candidate when another covers at least as much for no more (ties keep the lower id).</summary>
    public static List<CoverCandidate> PruneDominated(IReadOnlyList<CoverCandidate> candidates) =>
        candidates.Where(a => !candidates.Any(b => b != a && Dominates(b, a))).ToList();

    private static bool Dominates(CoverCandidate b, CoverCandidate a) =>
        b.Cost <= a.Cost && a.Cover.IsSubsetOf(b.Cover)
        && (b.Cost < a.Cost || b.Cover.Count > a.Cover.Count || b.Id < a.Id);

    /// <summary>Repeatedly takes the candidate with the most newly covered per unit of cost (ties: cheaper, lower id).</summary>
    public static List<CoverCandidate> Greedy(IReadOnlyList<CoverCandidate> candidates, IReadOnlySet<int> universe)
    {
        var uncovered = universe.ToHashSet();
        var chosen = new List<CoverCandidate>();
        while (uncovered.Count > 0)
        {
            var best = candidates.Where(c => c.Cover.Overlaps(uncovered))
                .OrderByDescending(c => Effectiveness(c, uncovered)).ThenBy(c => c.Cost).ThenBy(c => c.Id).First();
            chosen.Add(best);
            uncovered.ExceptWith(best.Cover);
        }
        return RemoveRedundant(chosen);
    }

    /// <summary>Newly covered per unit of cost; a free candidate ranks above any paid one.</summary>
    public static double Effectiveness(CoverCandidate candidate, IReadOnlySet<int> uncovered)
    {
        var newly = candidate.Cover.Count(uncovered.Contains);
        return candidate.Cost <= 0 ? newly * 1e12 : newly / candidate.Cost;
    }

    /// <summary>Branch and bound: branch on the uncovered element with fewest candidates; prune at the best cost so far.</summary>
    public static List<CoverCandidate> Exact(IReadOnlyList<CoverCandidate> candidates, IReadOnlySet<int> universe)
    {
        var search = new ExactSearch(candidates);
        search.Run(universe.ToHashSet(), [], 0);
        return search.Best;
    }

    /// <summary>Drops, latest first, a chosen candidate the others already cover (only lowers the cost).</summary>
    public static List<CoverCandidate> RemoveRedundant(List<CoverCandidate> chosen)
    {
        var kept = chosen.ToList();
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var others = kept.Where((_, j) => j != i).SelectMany(c => c.Cover).ToHashSet();
            if (kept[i].Cover.IsSubsetOf(others))
                kept.RemoveAt(i);
        }
        return kept;
    }

    private sealed class ExactSearch(IReadOnlyList<CoverCandidate> candidates)
    {
        private double _bestCost = double.PositiveInfinity;

        public List<CoverCandidate> Best { get; private set; } = [];

        public void Run(HashSet<int> uncovered, List<CoverCandidate> chosen, double cost)
        {
            if (cost >= _bestCost)
                return;
            if (uncovered.Count == 0)
            {
                (_bestCost, Best) = (cost, chosen.ToList());
                return;
            }
            var element = uncovered.MinBy(e => candidates.Count(c => c.Cover.Contains(e)));
            foreach (var candidate in candidates.Where(c => c.Cover.Contains(element)).OrderBy(c => c.Cost).ThenBy(c => c.Id))
            {
                var newly = candidate.Cover.Where(uncovered.Contains).ToList();
                uncovered.ExceptWith(newly);
                chosen.Add(candidate);
                Run(uncovered, chosen, cost + candidate.Cost);
                chosen.RemoveAt(chosen.Count - 1);
                uncovered.UnionWith(newly);
            }
        }
    }
}
