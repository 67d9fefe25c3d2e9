using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Lucene.NET's search loop takes no cancellation token: this collector passes every document on to
/// <paramref name="inner"/> and checks the token at each segment and every <see cref="CheckInterval"/> documents, so a
/// cancelled request (client gone, execution timeout) stops collecting with <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken cancellationToken) : ICollector
{
    public const int CheckInterval = 1024;

    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck >= CheckInterval)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
        inner.Collect(doc);
    }

    /// <summary>The top documents of <paramref name="query"/>, collected so that cancellation stops the search.</summary>
    public static TopDocs Top(IndexSearcher searcher, Query query, int count, CancellationToken cancellationToken)
    {
        var top = TopScoreDocCollector.Create(count, docsScoredInOrder: false);
        searcher.Search(query, new CancellableCollector(top, cancellationToken));
        return top.GetTopDocs();
    }
}
