using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Counts the values of the facet doc-values fields over every collected (matching) document. Counting is per
/// segment by ordinal (from <see cref="SegmentColumns"/>); ordinals become strings once per segment, so no global
/// ordinal map is needed.
/// </summary>
internal sealed class FacetCollector(CancellationToken cancellationToken) : ICollector
{
    private readonly IReadOnlyList<(string Name, int Limit)> _facets = FacetFields.All;
    private readonly Dictionary<string, Total>[] _totals = FacetFields.All.Select(_ => new Dictionary<string, Total>(StringComparer.Ordinal)).ToArray();
    private FacetColumn[] _columns = [];
    private readonly int[][] _segmentCounts = new int[FacetFields.All.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _columns = SegmentColumns.Of(context.AtomicReader).Facets(context.AtomicReader);
        for (var i = 0; i < _columns.Length; i++)
            _segmentCounts[i] = new int[_columns[i].Keys.Length];
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var counts = _segmentCounts[i];
            var ordinals = column.Ordinals;
            for (int k = column.Starts[doc], end = column.Starts[doc + 1]; k < end; k++)
                counts[ordinals[k]]++;
        }
    }

    public IReadOnlyList<Facet> Facets()
    {
        FlushSegment();
        return _facets.Select((facet, i) => new Facet(facet.Name, Values(_totals[i], facet.Limit))).ToList();
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counts = _segmentCounts[i];
            var column = _columns[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                if (!_totals[i].TryGetValue(column.Keys[ord], out var total))
                    _totals[i][column.Keys[ord]] = total = new Total();
                total.Count += counts[ord];
                total.Label = column.Labels[ord] ?? total.Label;
            }
            _segmentCounts[i] = [];
        }
        _columns = [];
    }

    /// <summary>Counts per key (a renamed label counts once, under its latest label), most frequent first.</summary>
    private static List<FacetValue> Values(Dictionary<string, Total> totals, int limit) =>
        totals.Select(t => new FacetValue(t.Key, t.Value.Label, t.Value.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Take(limit)
            .ToList();

    private sealed class Total
    {
        public int Count { get; set; }

        public string? Label { get; set; }
    }
}
