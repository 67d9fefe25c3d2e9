using Lucene.Net.Analysis;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// English analysis of label lists (one value per concept, its labels separated by new lines), remembering each
/// value's terms: the same few thousand concepts recur across a million credentials, and running them through the
/// standard tokenizer and stemmer for every document was about a sixth of the indexing time. The tokens are the terms the English
/// analyzer gives for the joined labels, repeats included (they set the field length, and so the score of a match);
/// positions and offsets differ, which the label fields do not index.
/// </summary>
internal sealed class LabelListTokenizer(TextReader input, LabelTermCache cache) : ValueListTokenizer(input)
{
    private char[][] _terms = [];
    private int _nextTerm;
    private int _valueStart;
    private int _valueEnd;

    public static Analyzer Analyzer(LabelTermCache cache) =>
        global::Lucene.Net.Analysis.Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LabelListTokenizer(reader, cache)));

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_nextTerm == _terms.Length)
        {
            if (!NextValue(out _valueStart, out _valueEnd))
                return false;
            _terms = cache.Terms(Text(_valueStart, _valueEnd));
            _nextTerm = 0;
        }
        var term = _terms[_nextTerm++];
        Term.CopyBuffer(term, 0, term.Length);
        SetOffsets(_valueStart, _valueEnd);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _terms = [];
        _nextTerm = 0;
    }
}
