namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// The distinct region lists of the supply, numbered in order of first appearance. Append-only and shared by an index
/// and every index merged from it, so a number keeps its meaning; a query can remember a per-list answer by number.
/// Reads take no lock.
/// </summary>
internal sealed class RegionSetTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private IReadOnlyList<string>[] _sets = new IReadOnlyList<string>[64];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> this[int id] => Volatile.Read(ref _sets)[id];

    /// <summary>The number of the list with these regions (in this order), adding it when new.</summary>
    public int Intern(IReadOnlyList<string> regions)
    {
        var key = string.Join('\u001f', regions);
        lock (_gate)
        {
            if (_ids.TryGetValue(key, out var id))
                return id;
            var sets = _sets;
            if (_count == sets.Length)
            {
                Array.Resize(ref sets, sets.Length * 2);
                Volatile.Write(ref _sets, sets);
            }
            sets[_count] = [.. regions.Select(string.Intern)];
            _ids[key] = _count;
            Volatile.Write(ref _count, _count + 1);
            return _count - 1;
        }
    }
}
