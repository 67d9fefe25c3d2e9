using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Emits each value of a list joined by <see cref="Separator"/> as one token, exactly as given (no case folding, no
/// length limit, empty values skipped). The exact-match filter fields (URIs, regions, languages, …) are indexed as one
/// field per document through it instead of one <c>StringField</c> per value: Lucene.NET builds a token stream with its
/// attributes (under a global lock) for every such field of every document, which was about 30% of a rebuild at 1M.
/// </summary>
internal sealed class KeywordListTokenizer : Tokenizer
{
    public const char Separator = '\u001f';

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _text = new char[4096];
    private int _length;
    private int _next;

    public KeywordListTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public static Analyzer Analyzer() => global::Lucene.Net.Analysis.Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KeywordListTokenizer(reader)));

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next <= _length)
        {
            var start = _next;
            var end = Array.IndexOf(_text, Separator, start, _length - start);
            if (end < 0)
                end = _length;
            _next = end + 1;
            if (end == start)
                continue;
            _term.CopyBuffer(_text, start, end - start);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        // Read straight into the reused buffer (Lucene.NET's reusable string reader does not implement ReadToEnd), and
        // tokenize from it: going through a StringBuilder and a string copied every list twice.
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
                Array.Resize(ref _text, _text.Length * 2);
        }
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
