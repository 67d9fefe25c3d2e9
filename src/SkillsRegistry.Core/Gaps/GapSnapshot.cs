namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Everything a gap or pathway computation reads, in memory and immutable: the target's requirements (minus held
/// competencies), the hierarchy around them, competency crosswalk links, and the credentials on offer.
/// </summary>
public sealed class GapSnapshot
{
    private readonly Dictionary<int, SupplyPosting> _byId;
    private readonly Dictionary<int, IReadOnlySet<int>> _coverage = [];
    private readonly Dictionary<int, IReadOnlySet<int>> _allParts = [];

    public GapSnapshot(
        IEnumerable<TargetRequirement> requirements,
        IEnumerable<SupplyPosting> credentials,
        CompetencyGraph? hierarchy = null,
        IEnumerable<CrosswalkLink>? crosswalk = null,
        IEnumerable<int>? heldCompetencyIds = null,
        DemandInfo? demand = null)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(credentials);
        HeldCompetencyIds = (heldCompetencyIds ?? []).ToHashSet();
        Requirements = requirements.Where(r => !HeldCompetencyIds.Contains(r.CompetencyId))
            .DistinctBy(r => r.CompetencyId).ToList();
        Credentials = credentials.DistinctBy(c => c.Id).ToList();
        _byId = Credentials.ToDictionary(c => c.Id);
        Hierarchy = hierarchy ?? CompetencyGraph.Empty;
        Crosswalk = (crosswalk ?? []).ToList();
        Demand = demand;
        foreach (var credential in Credentials)
        {
            _allParts[credential.Id] = PartsBelow(credential.Id);
            _coverage[credential.Id] = _allParts[credential.Id].Where(_byId.ContainsKey)
                .SelectMany(p => _byId[p].Competencies).Concat(credential.Competencies).ToHashSet();
        }
    }

    public IReadOnlyList<TargetRequirement> Requirements { get; }
    public IReadOnlyList<SupplyPosting> Credentials { get; }
    public CompetencyGraph Hierarchy { get; }
    public IReadOnlyList<CrosswalkLink> Crosswalk { get; }
    public IReadOnlySet<int> HeldCompetencyIds { get; }

    /// <summary>Demand for the target occupation (BLS, by SOC code), when known.</summary>
    public DemandInfo? Demand { get; }

    public SupplyPosting? Credential(int id) => _byId.GetValueOrDefault(id);

    /// <summary>What earning the credential gives: what it teaches or assesses, and what its parts (transitively) do.</summary>
    public IReadOnlySet<int> CoverageOf(int credentialId) => _coverage[credentialId];

    /// <summary>The credential's parts, their parts, and so on (stackability).</summary>
    public IReadOnlySet<int> PartsOf(int credentialId) => _allParts[credentialId];

    private HashSet<int> PartsBelow(int id)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([id]);
        while (stack.Count > 0)
        {
            var parts = _byId.TryGetValue(stack.Pop(), out var posting) ? posting.PartIds : [];
            foreach (var part in parts.Where(p => p != id && seen.Add(p)))
                stack.Push(part);
        }
        return seen;
    }
}
