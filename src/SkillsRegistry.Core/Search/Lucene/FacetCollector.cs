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
    private readonly Dictionary<string, int>[] _totals = FacetFields.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
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
            _segmentCounts[i] = new int[_columns[i].Values.Length];
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
            var values = _columns[i].Values;
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] != 0)
                    _totals[i][values[ord]] = _totals[i].GetValueOrDefault(values[ord]) + counts[ord];
            }
            _segmentCounts[i] = [];
        }
        _columns = [];
    }

    /// <summary>Splits <c>key␟label</c> values, merges counts per key (a renamed label counts once), most frequent first.</summary>
    private static List<FacetValue> Values(Dictionary<string, int> totals, int limit) =>
        totals.Select(t => (Parts: t.Key.Split(IndexFields.LabelSeparator, 2), Count: t.Value))
            .GroupBy(t => t.Parts[0], StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Select(t => t.Parts.ElementAtOrDefault(1)).LastOrDefault(l => l is not null), g.Sum(t => t.Count)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
}
