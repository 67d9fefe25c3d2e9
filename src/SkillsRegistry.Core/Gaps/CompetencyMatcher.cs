namespace SkillsRegistry.Core.Gaps;

/// <summary>Fit of a credential for a required competency under <see cref="MatchingOptions"/> (see there for the weights).</summary>
internal sealed class CompetencyMatcher
{
    private readonly GapSnapshot _snapshot;
    private readonly MatchingOptions _options;
    private readonly ILookup<int, CrosswalkLink> _links;

    public CompetencyMatcher(GapSnapshot snapshot, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode == MatchingMode.Hierarchy && (options.Depth < 0 || options.Depth > snapshot.Hierarchy.MaxDepth))
            throw new ArgumentOutOfRangeException(nameof(options), $"Depth must be 0–{snapshot.Hierarchy.MaxDepth} (the snapshot's depth).");
        _snapshot = snapshot;
        _options = options;
        _links = snapshot.Crosswalk.Where(l => l.Confidence >= options.MinConfidence)
            .SelectMany(l => new[] { l, l with { SourceId = l.TargetId, TargetId = l.SourceId } })
            .ToLookup(l => l.SourceId);
    }

    /// <summary>Competencies that satisfy <paramref name="requiredId"/>, with their fit in (0, 1].</summary>
    public Dictionary<int, double> Satisfiers(int requiredId)
    {
        var fits = new Dictionary<int, double> { [requiredId] = 1 };
        if (_options.Mode == MatchingMode.Hierarchy)
        {
            Add(fits, _snapshot.Hierarchy.Descendants(requiredId), MatchingOptions.NarrowerFitPerLevel);
            if (_options.IncludeBroader)
                Add(fits, _snapshot.Hierarchy.Ancestors(requiredId), MatchingOptions.BroaderFitPerLevel);
        }
        if (_options.Mode == MatchingMode.Crosswalk)
        {
            foreach (var link in _links[requiredId])
                Keep(fits, link.TargetId, link.Confidence);
        }
        return fits;
    }

    /// <summary>Credential id → fit (the best of its competencies), for the credentials given.</summary>
    public Dictionary<int, double> Covering(int requiredId, IEnumerable<SupplyPosting> credentials)
    {
        var satisfiers = Satisfiers(requiredId);
        var result = new Dictionary<int, double>();
        foreach (var credential in credentials)
        {
            var fit = _snapshot.CoverageOf(credential.Id).Select(c => satisfiers.GetValueOrDefault(c)).DefaultIfEmpty().Max();
            if (fit > 0)
                result[credential.Id] = fit;
        }
        return result;
    }

    /// <summary>Whether a set of competencies (held or earned) satisfies <paramref name="requiredId"/>.</summary>
    public bool IsSatisfiedBy(int requiredId, IEnumerable<int> competencies)
    {
        var satisfiers = Satisfiers(requiredId);
        return competencies.Any(satisfiers.ContainsKey);
    }

    private void Add(Dictionary<int, double> fits, IReadOnlyDictionary<int, int> closure, double perLevel)
    {
        foreach (var (id, distance) in closure.Where(c => c.Value <= _options.Depth))
            Keep(fits, id, Math.Pow(perLevel, distance));
    }

    private static void Keep(Dictionary<int, double> fits, int id, double fit)
    {
        if (fit > fits.GetValueOrDefault(id))
            fits[id] = fit;
    }
}
