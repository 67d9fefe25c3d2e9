namespace SkillsRegistry.Core.Import;

/// <summary>What an import did: counts per entity (inserted, updated, unchanged) and every row it rejected.</summary>
public sealed class ImportReport
{
    private readonly Dictionary<string, EntityCounts> _counts = new(StringComparer.Ordinal);
    private readonly List<RejectedRow> _rejected = [];
    private readonly Dictionary<string, int> _unresolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EntityCounts> Counts => _counts;
    public IReadOnlyList<RejectedRow> Rejected => _rejected;

    /// <summary>Rows stored although an end they refer to is not (yet) in the database, counted per reason.</summary>
    public IReadOnlyDictionary<string, int> Unresolved => _unresolved;

    /// <summary>Rows deliberately not imported (e.g. BLS summary rows), counted per reason; not errors.</summary>
    public IReadOnlyDictionary<string, int> Skipped => _skipped;

    public EntityCounts For(string entity)
    {
        if (!_counts.TryGetValue(entity, out var counts))
        {
            counts = new EntityCounts();
            _counts[entity] = counts;
        }
        return counts;
    }

    public void Reject(string file, long line, string reason, string? location = null) =>
        _rejected.Add(new RejectedRow(file, line, reason, location));

    public void CountUnresolved(string reason) => _unresolved[reason] = _unresolved.GetValueOrDefault(reason) + 1;

    public void CountSkipped(string reason) => _skipped[reason] = _skipped.GetValueOrDefault(reason) + 1;
}

public sealed class EntityCounts
{
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Total => Inserted + Updated + Unchanged;

    /// <summary>Counts one upserted row: inserted when new, else updated or unchanged.</summary>
    public void Count(bool inserted, bool changed)
    {
        if (inserted)
        {
            Inserted++;
        }
        else if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }
}

/// <summary>
/// A source row that was not imported, with where it is and why. <paramref name="Location"/> names the record inside the file
/// where the format has such names (<c>credentials[5]</c>, a JSON pointer such as <c>/@graph/3</c>, <c>line 7</c>);
/// <paramref name="Line"/> is 0 when the line is not known.
/// </summary>
public sealed record RejectedRow(string File, long Line, string Reason, string? Location = null);

/// <summary>Progress of a long import: the step (usually a file) and rows done so far.</summary>
public sealed record ImportProgress(string Step, long RowsDone, long? RowsTotal = null);

/// <summary>A source that cannot be imported at all (missing file, wrong header): nothing was written.</summary>
public sealed class ImportFormatException(string message) : Exception(message);
