using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Autocomplete over the suggestion documents (one per label). Every word typed must match a word of the label
/// exactly, as a prefix, or within an edit distance that grows with its length (0 up to 3 letters, 1 up to 6,
/// else 2); a label equal to the whole text is boosted. Hits are grouped per entity, best label first.
/// </summary>
internal static class SuggestSearcher
{
    public const int MaxLength = 100;
    public const int MaxWords = 8;
    public const int MaxLimit = 50;
    private static readonly HashSet<string> _stored = [F.SuggestKind, F.SuggestId, F.SuggestLabel, F.SuggestMatched];

    public static IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, Analyzer labels, string text, IReadOnlyCollection<SuggestionKind> kinds, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (text is null || text.Length > MaxLength)
            throw new SearchQueryException($"Autocomplete text must be at most {MaxLength} characters long.");
        var words = SearchAnalyzers.Terms(labels, F.SuggestText, text).Take(MaxWords).ToList();
        if (words.Count == 0 || limit <= 0)
            return [];
        limit = Math.Min(limit, MaxLimit);
        var top = CancellableCollector.Top(searcher, Query(words, text, kinds), limit * 4 + 20, cancellationToken);
        return top.ScoreDocs
            .Select(d => ToSuggestion(searcher.Doc(d.Doc, _stored), d.Score))
            .GroupBy(s => (s.Kind, s.Id))
            .Select(g => g.OrderByDescending(s => s.Score).ThenBy(s => (s.MatchedLabel ?? s.Label).Length).First())
            .OrderByDescending(s => s.Score).ThenBy(s => s.Label.Length).ThenBy(s => s.Label, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static BooleanQuery Query(List<string> words, string text, IReadOnlyCollection<SuggestionKind> kinds)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(F.DocType, F.SuggestionType)), Occur.MUST },
            { new TermQuery(new Term(F.SuggestExact, text.Trim().ToLowerInvariant())) { Boost = 5 }, Occur.SHOULD },
        };
        var kindClause = new BooleanQuery();
        foreach (var kind in kinds.Count == 0 ? Enum.GetValues<SuggestionKind>() : kinds)
            kindClause.Add(new TermQuery(new Term(F.SuggestKind, kind.ToString())), Occur.SHOULD);
        query.Add(kindClause, Occur.MUST);
        foreach (var word in words)
            query.Add(Word(word), Occur.MUST);
        return query;
    }

    private static BooleanQuery Word(string word)
    {
        var term = new Term(F.SuggestText, word);
        var query = new BooleanQuery
        {
            { new TermQuery(term) { Boost = 3 }, Occur.SHOULD },
            { new PrefixQuery(term) { Boost = 2, MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(50) }, Occur.SHOULD },
        };
        var edits = word.Length <= 3 ? 0 : word.Length <= 6 ? 1 : 2;
        if (edits > 0)
            query.Add(new FuzzyQuery(term, edits, prefixLength: 1, maxExpansions: 50, transpositions: true), Occur.SHOULD);
        return query;
    }

    private static Suggestion ToSuggestion(Document doc, float score)
    {
        var matched = doc.Get(F.SuggestMatched);
        return new Suggestion(
            Enum.Parse<SuggestionKind>(doc.Get(F.SuggestKind)),
            int.Parse(doc.Get(F.SuggestId), CultureInfo.InvariantCulture),
            doc.Get(F.SuggestLabel),
            string.IsNullOrEmpty(matched) ? null : matched,
            score);
    }
}
