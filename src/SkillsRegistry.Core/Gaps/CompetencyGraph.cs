namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The broader/narrower hierarchy of the competencies in a snapshot, with ancestor and descendant closures
/// (concept → distance in levels, the shortest path) precomputed up to <see cref="MaxDepth"/> levels.
/// </summary>
public sealed class CompetencyGraph
{
    private static readonly IReadOnlyDictionary<int, int> _none = new Dictionary<int, int>();
    private readonly Dictionary<int, IReadOnlyDictionary<int, int>> _ancestors;
    private readonly Dictionary<int, IReadOnlyDictionary<int, int>> _descendants;

    /// <summary>
    /// <para>edges: (narrower, broader) pairs; a concept may have several broader ones.</para>
    /// </summary>
    public CompetencyGraph(IEnumerable<(int NarrowerId, int BroaderId)> edges, int maxDepth = 6)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        MaxDepth = maxDepth;
        var list = edges.Distinct().ToList();
        var up = list.ToLookup(e => e.NarrowerId, e => e.BroaderId);
        var down = list.ToLookup(e => e.BroaderId, e => e.NarrowerId);
        var nodes = list.SelectMany(e => new[] { e.NarrowerId, e.BroaderId }).Distinct().ToList();
        _ancestors = nodes.ToDictionary(n => n, n => Closure(n, up, maxDepth));
        _descendants = nodes.ToDictionary(n => n, n => Closure(n, down, maxDepth));
    }

    private CompetencyGraph(CompetencyGraph shared, int maxDepth)
    {
        _ancestors = shared._ancestors;
        _descendants = shared._descendants;
        MaxDepth = maxDepth;
    }

    public static CompetencyGraph Empty { get; } = new([]);

    /// <summary>
    /// The same closures reported with a lower <see cref="MaxDepth"/> (what a snapshot of that depth allows matching to
    /// use); closures may still list concepts further away, which callers filter by distance as the matcher does.
    /// </summary>
    internal CompetencyGraph WithMaxDepth(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDepth, MaxDepth);
        return maxDepth == MaxDepth ? this : new CompetencyGraph(this, maxDepth);
    }

    /// <summary>Edges counted over both closures (memory estimate of the index).</summary>
    internal long ClosureEntries => _ancestors.Values.Sum(a => (long)a.Count) + _descendants.Values.Sum(d => (long)d.Count);

    public int MaxDepth { get; }

    /// <summary>Concepts above <paramref name="id"/> within <see cref="MaxDepth"/> levels, with their distance.</summary>
    public IReadOnlyDictionary<int, int> Ancestors(int id) => _ancestors.GetValueOrDefault(id, _none);

    /// <summary>Concepts below <paramref name="id"/> within <see cref="MaxDepth"/> levels, with their distance.</summary>
    public IReadOnlyDictionary<int, int> Descendants(int id) => _descendants.GetValueOrDefault(id, _none);

    private static IReadOnlyDictionary<int, int> Closure(int start, ILookup<int, int> next, int maxDepth)
    {
        var distance = new Dictionary<int, int>();
        var frontier = new List<int> { start };
        for (var level = 1; level <= maxDepth && frontier.Count > 0; level++)
        {
            var following = new List<int>();
            foreach (var node in frontier.SelectMany(f => next[f]))
            {
                if (node != start && distance.TryAdd(node, level))
                    following.Add(node);
            }
            frontier = following;
        }
        return distance;
    }
}
