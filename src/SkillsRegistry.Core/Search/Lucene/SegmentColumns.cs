using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// The columns read per matching document (credential ids, facet ordinals) of one segment, decoded once into arrays.
/// </summary>
/// <remarks>
/// Lucene.NET reads doc values through a lock on the file it decodes them from, shared by every thread reading the
/// segment: at 1M credentials a facet query reads 14 values per match, and concurrent queries queued on that lock. A
/// segment never changes (deletions only hide documents, and the index never updates doc values in place), so its columns are decoded once, when a searcher over it is
/// opened (<see cref="Bm25SearcherFactory"/>), and kept while the segment lives (keyed by its core, which reopened
/// readers share). About 4 bytes per credential for ids and 4 per facet value (about 14 per credential).
/// </remarks>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> _bySegment = [];
    private readonly System.Threading.Lock _loading = new();
    private int[]? _ids;
    private FacetColumn[]? _facets;

    public static SegmentColumns Of(AtomicReader reader) => _bySegment.GetValue(reader.CoreCacheKey, _ => new SegmentColumns());

    /// <summary>The credential id of every document of the segment (0 for suggestion documents).</summary>
    public int[] Ids(AtomicReader reader)
    {
        if (_ids is { } ids)
            return ids;
        lock (_loading)
        {
            if (_ids is null)
            {
                var values = reader.GetNumericDocValues(IndexFields.IdValue);
                var loaded = new int[reader.MaxDoc];
                for (var doc = 0; values is not null && doc < loaded.Length; doc++)
                    loaded[doc] = (int)values.Get(doc);
                _ids = loaded;
            }
            return _ids;
        }
    }

    /// <summary>The facet columns in <see cref="FacetFields.All"/> order.</summary>
    public FacetColumn[] Facets(AtomicReader reader)
    {
        if (_facets is { } facets)
            return facets;
        lock (_loading)
        {
            _facets ??= [.. FacetFields.All.Select(f => FacetColumn.Load(reader, IndexFields.FacetPrefix + f.Name))];
            return _facets;
        }
    }

    /// <summary>Decodes every column now, so the first query over a new segment does not.</summary>
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var columns = Of(leaf.AtomicReader);
            columns.Ids(leaf.AtomicReader);
            columns.Facets(leaf.AtomicReader);
        }
    }
}

/// <summary>
/// One sorted-set doc-values field of a segment: the ordinals of document <c>d</c> are
/// <c>Ordinals[Starts[d]..Starts[d + 1]]</c>; a value <c>key␟label</c> of an ordinal is split into <c>Keys[ord]</c> and
/// <c>Labels[ord]</c> (null without a label).
/// </summary>
internal sealed class FacetColumn
{
    private FacetColumn(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Keys = new string[values.Length];
        Labels = new string?[values.Length];
        for (var ord = 0; ord < values.Length; ord++)
        {
            var parts = values[ord].Split(IndexFields.LabelSeparator, 2);
            Keys[ord] = parts[0];
            Labels[ord] = parts.Length > 1 ? parts[1] : null;
        }
    }

    public int[] Starts { get; }
    public int[] Ordinals { get; }
    public string[] Keys { get; }
    public string?[] Labels { get; }

    public static FacetColumn Load(AtomicReader reader, string field)
    {
        var docValues = reader.GetSortedSetDocValues(field);
        var starts = new int[reader.MaxDoc + 1];
        if (docValues is null)
            return new FacetColumn(starts, [], []);
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
                ordinals.Add(checked((int)ord));
        }
        starts[reader.MaxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }
        return new FacetColumn(starts, [.. ordinals], values);
    }
}
