using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Gives every searcher BM25 scoring, the same similarity the writer encodes norms with, and decodes the
/// <see cref="SegmentColumns"/> of new segments before the searcher is used.
/// </summary>
internal sealed class Bm25SearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        SegmentColumns.Warm(reader);
        return new IndexSearcher(reader) { Similarity = Similarity };
    }
}
