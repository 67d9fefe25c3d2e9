namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Side-by-side comparison of credentials (competency overlap) and of providers (coverage of one occupation). Pure.
/// <para>A credential's competencies are what earning it gives (its Teaches/Assesses and its parts'). Two competencies
/// <i>match</i> when one satisfies the other under <see cref="MatchingOptions"/>, in either direction (the relation of
/// <see cref="SkillGapEngine"/>, fit ignored).</para>
/// <para>For a pair (A, B): M_A = competencies of A matching some competency of B, M_B likewise;
/// m = (|M_A| + |M_B|) / 2; Jaccard = m / (|A| + |B| − m), 0 when both are empty. With exact matching this is
/// |A ∩ B| / |A ∪ B|.</para>
/// <para>WeightedJaccard: the same with each competency counted by its alignment weight
/// (<see cref="ComparisonSnapshot.Weight"/>): m_w = (w(M_A) + w(M_B)) / 2; m_w / (w(A) + w(B) − m_w).</para>
/// </summary>
public static class ComparisonEngine
{
    public const int MinCredentials = 2;
    public const int MaxCredentials = 10;
    public const int MaxProviders = 20;

    public static CredentialComparison CompareCredentials(ComparisonSnapshot snapshot, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ValidateCredentialIds(snapshot.CredentialIds);
        var matcher = new CompetencyMatcher(snapshot.Supply, options);
        var satisfiers = new Dictionary<int, IReadOnlySet<int>>();
        bool Matches(int a, int b) => Satisfiers(a).Contains(b) || Satisfiers(b).Contains(a);
        IReadOnlySet<int> Satisfiers(int id) =>
            satisfiers.TryGetValue(id, out var s) ? s : satisfiers[id] = matcher.Satisfiers(id).Keys.ToHashSet();
        bool MatchedBy(int competency, int credential) => snapshot.CompetenciesOf(credential).Any(c => Matches(competency, c));

        var ids = snapshot.CredentialIds;
        var pairs = new List<CompetencyOverlap>();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
                pairs.Add(Overlap(snapshot, ids[i], ids[j], MatchedBy));
        }
        var shared = ids.SelectMany(snapshot.CompetenciesOf).Distinct()
            .Where(c => ids.All(credential => MatchedBy(c, credential))).Order().ToList();
        var unique = ids.Select(id => new CredentialCompetencies(id, snapshot.CompetenciesOf(id)
            .Where(c => ids.Where(other => other != id).All(other => !MatchedBy(c, other))).Order().ToList())).ToList();
        return new CredentialComparison(ids.ToList(), pairs, shared, unique);
    }

    public static ProviderComparison CompareProviders(ComparisonSnapshot snapshot, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        ValidateProviderIds(snapshot.ProviderIds);
        if (snapshot.OccupationId is not { } occupationId)
            throw new ArgumentException("A provider comparison needs the occupation (ComparisonSnapshot.OccupationId).", nameof(snapshot));
        var providers = snapshot.ProviderIds.Select(p =>
        {
            var gap = SkillGapEngine.Analyze(snapshot.Supply, SupplyFilter.Default with { ProviderIds = [p] }, options);
            return new ProviderCoverage(p, gap.RequiredCount, gap.CoveredCount, gap.CoveragePercent, gap.WeightedCoveragePercent,
                gap.Requirements.Where(g => g.Covered).Select(g => g.CompetencyId).Order().ToList(),
                gap.UncoveredEssential.Select(g => g.CompetencyId).Order().ToList());
        }).ToList();
        return new ProviderComparison(occupationId, providers);
    }

    internal static void ValidateCredentialIds(IReadOnlyCollection<int> ids)
    {
        if (ids.Count < MinCredentials || ids.Count > MaxCredentials)
            throw new ArgumentException($"Compare {MinCredentials} to {MaxCredentials} credentials (got {ids.Count}).", nameof(ids));
        if (ids.Distinct().Count() != ids.Count)
            throw new ArgumentException("Credential ids must be distinct.", nameof(ids));
    }

    internal static void ValidateProviderIds(IReadOnlyCollection<int> ids)
    {
        if (ids.Count < 1 || ids.Count > MaxProviders)
            throw new ArgumentException($"Compare 1 to {MaxProviders} providers (got {ids.Count}).", nameof(ids));
        if (ids.Distinct().Count() != ids.Count)
            throw new ArgumentException("Provider ids must be distinct.", nameof(ids));
    }

    private static CompetencyOverlap Overlap(ComparisonSnapshot snapshot, int first, int second, Func<int, int, bool> matchedBy)
    {
        var a = snapshot.CompetenciesOf(first);
        var b = snapshot.CompetenciesOf(second);
        var matchedA = a.Where(c => matchedBy(c, second)).ToList();
        var matchedB = b.Where(c => matchedBy(c, first)).ToList();
        var jaccard = Ratio((matchedA.Count + matchedB.Count) / 2.0, a.Count + b.Count);
        double W(int credential, IEnumerable<int> competencies) => competencies.Sum(c => snapshot.Weight(credential, c));
        var weighted = Ratio((W(first, matchedA) + W(second, matchedB)) / 2, W(first, a) + W(second, b));
        return new CompetencyOverlap(first, second, jaccard, weighted);
    }

    private static double Ratio(double matched, double total) => total - matched <= 0 ? (total == 0 ? 0 : 1) : matched / (total - matched);
}
