namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The occupations of a coverage matrix, each as a <see cref="GapSnapshot"/> (its requirements and demand); the loader
/// gives them all the same supply list, hierarchy and crosswalk.
/// </summary>
public sealed class CoverageSnapshot
{
    private readonly Dictionary<int, GapSnapshot> _byId;

    /// <summary>occupations: occupation id → its snapshot (no held competencies or credentials).</summary>
    public CoverageSnapshot(IEnumerable<KeyValuePair<int, GapSnapshot>> occupations)
    {
        ArgumentNullException.ThrowIfNull(occupations);
        var list = occupations.ToList();
        if (list.Any(o => o.Value is null))
            throw new ArgumentException("Every occupation needs a snapshot.", nameof(occupations));
        if (list.Select(o => o.Key).Distinct().Count() != list.Count)
            throw new ArgumentException("Occupation ids must be distinct.", nameof(occupations));
        _byId = list.ToDictionary(o => o.Key, o => o.Value);
        OccupationIds = list.Select(o => o.Key).ToList();
    }

    /// <summary>In the order given.</summary>
    public IReadOnlyList<int> OccupationIds { get; }

    public GapSnapshot Occupation(int occupationId) =>
        _byId.TryGetValue(occupationId, out var snapshot)
            ? snapshot
            : throw new ArgumentException($"Occupation {occupationId} is not in the snapshot.", nameof(occupationId));
}
