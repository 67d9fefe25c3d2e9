using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using SkillsRegistry.Core.Model;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Similar credentials. Score = more-like-this over the text fields (the source's most distinctive terms, read from
/// term vectors) + 2 × the BM25 score of the source's aligned competency URIs (so rarer shared competencies count
/// more); then a credential of the same provider has its score halved, so equal matches from other providers come
/// first. The source itself and drafts (not public) are excluded.
/// </summary>
internal static class SimilarSearcher
{
    public const int MaxFirst = 100;
    public const float OverlapBoost = 2f;
    public const float SameProviderFactor = 0.5f;
    private static readonly string[] _textFields = [F.Title, F.Description, F.Outcomes, F.Competency];

    public static IReadOnlyList<SearchHit> Similar(IndexSearcher searcher, Analyzer analyzer, int credentialId, int first, CancellationToken cancellationToken)
    {
        if (first <= 0)
            return [];
        first = Math.Min(first, MaxFirst);
        var idTerm = CredentialDocumentMapper.IdTerm(credentialId);
        var source = searcher.Search(new TermQuery(idTerm), 1).ScoreDocs.FirstOrDefault();
        if (source is null)
            return [];
        var reader = searcher.IndexReader;
        var providerId = DocValuesReader.Int(reader, source.Doc, F.ProviderValue);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(F.DocType, F.CredentialType)), Occur.MUST },
            { new TermQuery(idTerm), Occur.MUST_NOT },
            { new TermQuery(new Term(F.Status, nameof(CredentialStatus.Draft))), Occur.MUST_NOT },
            { Text(reader, analyzer, source.Doc), Occur.SHOULD },
            { Overlap(DocValuesReader.Keys(reader, source.Doc, F.FacetPrefix + FacetFields.Competency)), Occur.SHOULD },
        };
        query.MinimumNumberShouldMatch = 1;
        return CancellableCollector.Top(searcher, query, first * 3 + 10, cancellationToken).ScoreDocs
            .Select(d => (Id: DocValuesReader.CredentialId(reader, d.Doc), Score: Adjusted(reader, d, providerId)))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Id)
            .Take(first)
            .Select(h => new SearchHit(h.Id, h.Score, []))
            .ToList();
    }

    private static Query Text(IndexReader reader, Analyzer analyzer, int doc)
    {
        var mlt = new MoreLikeThis(reader)
        {
            FieldNames = _textFields,
            Analyzer = analyzer,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
        };
        return mlt.Like(doc);
    }

    private static BooleanQuery Overlap(IEnumerable<string> uris)
    {
        var query = new BooleanQuery { Boost = OverlapBoost };
        foreach (var uri in uris.Take(FilterQueryBuilder.MaxValues))
            query.Add(new TermQuery(new Term(F.AlignedUri, uri)), Occur.SHOULD);
        return query;
    }

    private static float Adjusted(IndexReader reader, ScoreDoc hit, int providerId) =>
        DocValuesReader.Int(reader, hit.Doc, F.ProviderValue) == providerId ? hit.Score * SameProviderFactor : hit.Score;
}
