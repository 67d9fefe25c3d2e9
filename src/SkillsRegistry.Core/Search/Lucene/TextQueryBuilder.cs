using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Builds the query for user text from its analysed terms, never through a query parser: operators, field names,
/// wildcards and brackets are just punctuation to the tokenizer, so no input is a syntax error. Each term is looked
/// for in every text field (best field wins, with the field boosts); with three or more terms, three in four must match;
/// the words as a phrase in the title add to the score.
/// </summary>
internal static class TextQueryBuilder
{
    public const int MaxLength = 256;
    public const int MaxTerms = 32;
    public const float PhraseBoost = 2f;

    /// <summary>The query (null for "everything") and the analysed terms, for highlighting.</summary>
    public static (Query? Query, IReadOnlySet<string> Terms) Build(Analyzer analyzer, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (null, new HashSet<string>());
        if (text.Length > MaxLength)
            throw new SearchQueryException($"The search text is {text.Length} characters long; at most {MaxLength} characters are allowed.");
        var tokens = SearchAnalyzers.Tokens(analyzer, IndexFields.Title, text);
        var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count > MaxTerms)
            throw new SearchQueryException($"The search text has {terms.Count} different words; at most {MaxTerms} different words are allowed.");
        if (terms.Count == 1)
        {
            // The same matches and scores as a boolean query of one clause, without its scorer wrapped around this one.
            return (AcrossFields(terms[0]), terms.ToHashSet(StringComparer.Ordinal));
        }
        var query = new BooleanQuery { MinimumNumberShouldMatch = MinimumMatch(terms.Count) };
        foreach (var term in terms)
            query.Add(AcrossFields(term), Occur.SHOULD);
        return (WithTitlePhrase(query, tokens), terms.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Several words that appear together (one word apart at most) in the title score higher; nothing else changes.</summary>
    private static Query WithTitlePhrase(BooleanQuery terms, List<(string Term, int Position)> tokens)
    {
        if (tokens.Count < 2)
            return terms;
        var phrase = new PhraseQuery { Slop = 1, Boost = PhraseBoost };
        foreach (var (term, position) in tokens)
            phrase.Add(new Term(IndexFields.Title, term), position);
        return new BooleanQuery { { terms, Occur.MUST }, { phrase, Occur.SHOULD } };
    }

    private static DisjunctionMaxQuery AcrossFields(string term)
    {
        var query = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.2f);
        foreach (var (field, boost) in IndexFields.TextFields)
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost });
        return query;
    }

    private static int MinimumMatch(int terms) => terms <= 2 ? terms : terms - (terms / 4);
}
