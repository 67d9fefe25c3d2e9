using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// The English terms of label lists, by text. Bounded: past <paramref name="capacity"/> texts, new ones are analysed
/// each time rather than kept (a long-running writer sees renamed labels too).
/// </summary>
internal sealed class LabelTermCache(Analyzer english, int capacity = LabelTermCache.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;

    private readonly ConcurrentDictionary<string, char[][]> _terms = new(StringComparer.Ordinal);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public char[][] Terms(ReadOnlySpan<char> text)
    {
        var lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known))
            return known;
        var key = text.ToString();
        var terms = SearchAnalyzers.Terms(english, IndexFields.Competency, key).Select(t => t.ToCharArray()).ToArray();
        if (Count < capacity && _terms.TryAdd(key, terms))
            Interlocked.Increment(ref _count);
        return terms;
    }
}
