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

    public static CompetencyGraph Empty { get; } = new([]);

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
