using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// English analysis (standard tokenizer, possessive, lower case, stop words, Porter stemming) for credential text;
/// unstemmed, accent-folded lower case for autocomplete labels, so prefixes and typos are matched on real words.
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer English() => new EnglishAnalyzer(Version);

    public static Analyzer Labels() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The analyzer of the index writer: labels for suggestion text, keyword lists for the exact-match fields, cached English analysis for the competency label lists, English for everything else.</summary>
    public static Analyzer ForWriter()
    {
        var keywords = KeywordListTokenizer.Analyzer();
        var fields = IndexFields.KeywordLists.ToDictionary(f => f, _ => keywords);
        // Single values, indexed as lists of one (see CredentialDocumentMapper); other documents index them as StringFields.
        fields[IndexFields.Id] = keywords;
        fields[IndexFields.DocType] = keywords;
        var labels = LabelListTokenizer.Analyzer(new LabelTermCache(English()));
        fields[IndexFields.Competency] = labels;
        fields[IndexFields.Broader] = labels;
        fields[IndexFields.SuggestText] = Labels();
        return new PerFieldAnalyzerWrapper(English(), fields);
    }

    /// <summary>The analysed terms of a text, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text).Select(t => t.Term).ToList();

    /// <summary>The analysed terms of a text with their positions (gaps where stop words were removed).</summary>
    public static List<(string Term, int Position)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }
}
