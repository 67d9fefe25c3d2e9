using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Counts the values of the facet doc-values fields over every collected (matching) document. Counting is per
/// segment by ordinal; ordinals become strings once per segment, so no global ordinal map is needed.
/// </summary>
internal sealed class FacetCollector(CancellationToken cancellationToken) : ICollector
{
    private readonly IReadOnlyList<(string Name, int Limit)> _facets = FacetFields.All;
    private readonly Dictionary<string, int>[] _totals = FacetFields.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[FacetFields.All.Count];
    private readonly int[][] _segmentCounts = new int[FacetFields.All.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _facets.Count; i++)
        {
            _values[i] = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetPrefix + _facets[i].Name);
            _segmentCounts[i] = new int[_values[i]?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
                continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                _segmentCounts[i][ord]++;
        }
    }

    public IReadOnlyList<Facet> Facets()
    {
        FlushSegment();
        return _facets.Select((facet, i) => new Facet(facet.Name, Values(_totals[i], facet.Limit))).ToList();
    }

    private void FlushSegment()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < _values.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var counts = _segmentCounts[i];
            for (var ord = 0; counts is not null && ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                    continue;
                _values[i]!.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
            }
            _segmentCounts[i] = [];
            _values[i] = null;
        }
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
