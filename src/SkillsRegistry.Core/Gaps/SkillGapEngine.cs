namespace SkillsRegistry.Core.Gaps;

/// <summary>Which requirements of a target the filtered supply covers, how well, and how urgent the rest is. Pure.</summary>
public static class SkillGapEngine
{
    public const int BestCount = 3;

    /// <summary>
    /// Coverage per requirement and in total. <paramref name="demand"/> weights the priority; null falls back to
    /// <see cref="GapSnapshot.Demand"/> (BLS figures of the occupation's SOC code, when the loader found them).
    /// </summary>
    public static SkillGapResult Analyze(GapSnapshot snapshot, SupplyFilter filter, MatchingOptions options, DemandInfo? demand = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var matcher = new CompetencyMatcher(snapshot, options);
        var supply = snapshot.Credentials.Where(filter.Matches).ToList();
        var factor = GapWeights.DemandFactor(demand ?? snapshot.Demand);
        var gaps = snapshot.Requirements.Select(r => Gap(snapshot, r, matcher.Covering(r.CompetencyId, supply), factor)).ToList();
        return Summarise(gaps, factor);
    }

    private static RequirementGap Gap(GapSnapshot snapshot, TargetRequirement requirement, Dictionary<int, double> covering, double factor) =>
        Gap(requirement, covering.Keys.Select(id => snapshot.Credential(id)!).ToList(), covering, factor);

    /// <summary>One requirement's gap from the credentials (passing the filter) that cover it and their fits.</summary>
    internal static RequirementGap Gap(TargetRequirement requirement, List<SupplyPosting> credentials, IReadOnlyDictionary<int, double> covering, double factor)
    {
        // The first BestCount in the documented order (a total order: ids break ties), without sorting them all.
        var top = new List<SupplyPosting>(BestCount + 1);
        Func<SupplyPosting, SupplyPosting, bool> before = (x, y) => Before(x, y, covering);
        foreach (var credential in credentials)
            KeepBest(top, credential, before);
        var best = top.Select(c => Covering(c, covering[c.Id])).ToList();
        return Gap(requirement, credentials.Count, credentials.Select(c => c.ProviderId).Distinct().Count(), best, factor);
    }

    /// <summary>
    /// Puts <paramref name="item"/> in its place in <paramref name="top"/>, which holds the first <see cref="BestCount"/>
    /// items seen so far in the order <paramref name="before"/> (a total order), so they need not all be sorted.
    /// </summary>
    internal static void KeepBest<T>(List<T> top, T item, Func<T, T, bool> before)
    {
        var at = top.Count;
        while (at > 0 && before(item, top[at - 1]))
            at--;
        if (at >= BestCount)
            return;
        top.Insert(at, item);
        if (top.Count > BestCount)
            top.RemoveAt(BestCount);
    }

    /// <summary>One requirement's gap from its counts and best covering credentials.</summary>
    internal static RequirementGap Gap(TargetRequirement requirement, int credentialCount, int providerCount, List<CoveringCredential> best, double factor)
    {
        var covered = credentialCount > 0;
        var weight = GapWeights.GapWeight(requirement);
        return new RequirementGap(requirement, covered, credentialCount, providerCount, best, weight, covered ? 0 : weight * factor);
    }

    internal static CoveringCredential Covering(SupplyPosting credential, double fit) =>
        new(credential.Id, credential.Title, credential.ProviderId, fit, credential.CostAmount, credential.CostCurrency, credential.Hours);

    /// <summary>Fit descending, then cost ascending, hours ascending (unknown last), id.</summary>
    private static bool Before(SupplyPosting a, SupplyPosting b, IReadOnlyDictionary<int, double> fits)
    {
        var byFit = fits[b.Id].CompareTo(fits[a.Id]);
        if (byFit != 0)
            return byFit < 0;
        var byCost = (a.CostAmount ?? decimal.MaxValue).CompareTo(b.CostAmount ?? decimal.MaxValue);
        if (byCost != 0)
            return byCost < 0;
        var byHours = (a.Hours ?? decimal.MaxValue).CompareTo(b.Hours ?? decimal.MaxValue);
        return byHours != 0 ? byHours < 0 : a.Id < b.Id;
    }

    internal static SkillGapResult Summarise(List<RequirementGap> gaps, double factor)
    {
        var covered = gaps.Where(g => g.Covered).ToList();
        var totalImportance = gaps.Sum(g => g.Importance);
        return new SkillGapResult(
            gaps,
            gaps.Count,
            covered.Count,
            gaps.Count == 0 ? 100 : 100.0 * covered.Count / gaps.Count,
            totalImportance == 0 ? 100 : 100 * covered.Sum(g => g.Importance) / totalImportance,
            gaps.Where(g => !g.Covered && g.Relation == Model.RequirementRelation.Essential).ToList(),
            factor,
            gaps.Sum(g => g.Priority));
    }
}
