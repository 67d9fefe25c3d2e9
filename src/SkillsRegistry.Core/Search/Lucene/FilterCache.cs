using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Filters as bit sets per segment, reused by later searches with the same filter, as Elasticsearch's query cache
/// does. Every search has a filter (at least "credential documents with a public status"), and at 1M credentials
/// walking its postings cost more than the text query it narrows; a bit set is walked fast, and random access to it
/// lets the text query skip what the filter excludes. A segment's bits are computed on its first search with the
/// filter and kept while the segment lives; deletions are applied at search time, so they never go stale.
/// </summary>
internal static class FilterCache
{
    /// <summary>
    /// At most this many distinct filters are kept (each 1 bit per document per segment: 125 KB at 1M); past it the
    /// least recently used goes. Emptying the whole cache instead, as before, also dropped the filter every search
    /// shares (public credentials), which then cost its first search again (over 100 ms at 1M).
    /// </summary>
    public const int MaxFilters = 256;

    private static readonly Lock _gate = new();

    // Keyed by the query itself: Lucene queries compare by structure, where strings of user values could collide.
    private static readonly Dictionary<Query, LinkedListNode<(Query Query, Filter Filter)>> _filters = [];
    private static readonly LinkedList<(Query Query, Filter Filter)> _byUse = [];

    public static Filter For(Query filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (_gate)
        {
            if (_filters.TryGetValue(filter, out var known))
            {
                _byUse.Remove(known);
                _byUse.AddFirst(known);
                return known.Value.Filter;
            }
            if (_filters.Count >= MaxFilters)
            {
                _filters.Remove(_byUse.Last!.Value.Query);
                _byUse.RemoveLast();
            }
            var cached = new BitSetCachingFilter(new QueryWrapperFilter(filter));
            _filters.Add(filter, _byUse.AddFirst((filter, cached)));
            return cached;
        }
    }

    /// <summary>Caches a plain bit set (which offers random access) rather than Lucene's compressed default (which does not).</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is { } iterator)
                bits.Or(iterator);
            return bits;
        }
    }
}
