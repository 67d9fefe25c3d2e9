using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Runs one credential search on a searcher: query, sort, page, facets over all matches, highlights for the page.</summary>
internal static class CredentialSearcher
{
    public const int MaxWindow = 10_000;
    private static readonly HashSet<string> _storedText = [IndexFields.StoredTitle, IndexFields.StoredDescription];

    public static CredentialSearchResult Search(IndexSearcher searcher, Analyzer analyzer, CredentialSearchRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var (text, terms) = TextQueryBuilder.Build(analyzer, request.Text);
        var filter = FilterCache.For(FilterQueryBuilder.Build(request.Filter));
        Query query = text is null ? new ConstantScoreQuery(filter) : new FilteredQuery(text, filter);
        var relevance = text is not null && request.Sort == CredentialSearchSort.Relevance;
        var top = TopFieldCollector.Create(SortBuilder.Build(request.Sort, text is not null), Math.Max(1, request.Skip + request.Take),
            fillFields: false, trackDocScores: relevance, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.IncludeFacets ? new FacetCollector(cancellationToken) : null;
        searcher.Search(query, new CancellableCollector(facets is null ? top : MultiCollector.Wrap(top, facets), cancellationToken));
        var page = request.Take == 0 ? [] : top.GetTopDocs(request.Skip, request.Take).ScoreDocs;
        var hits = page.Select(d => new SearchHit(
            DocValuesReader.CredentialId(searcher.IndexReader, d.Doc),
            relevance ? d.Score : 0f,
            request.IncludeHighlights ? Highlights(searcher, analyzer, terms, d.Doc, cancellationToken) : [])).ToList();
        return new CredentialSearchResult(hits, top.TotalHits, facets?.Facets() ?? []);
    }

    private static void Validate(CredentialSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Skip < 0 || request.Take < 0)
            throw new SearchQueryException("Skip and take must not be negative.");
        if ((long)request.Skip + request.Take > MaxWindow)
            throw new SearchQueryException($"Results can be paged through the first {MaxWindow} only; narrow the search.");
    }

    private static IReadOnlyList<string> Highlights(IndexSearcher searcher, Analyzer analyzer, IReadOnlySet<string> terms, int doc,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (terms.Count == 0)
            return [];
        var stored = searcher.Doc(doc, _storedText);
        return SnippetHighlighter.Highlight(analyzer, terms, stored.Get(IndexFields.StoredTitle), stored.Get(IndexFields.StoredDescription));
    }
}
