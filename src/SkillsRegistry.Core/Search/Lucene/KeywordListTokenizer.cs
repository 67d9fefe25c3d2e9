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
    private readonly char[] _buffer = new char[4096];
    private readonly System.Text.StringBuilder _read = new();
    private string _text = "";
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
        while (_next <= _text.Length)
        {
            var start = _next;
            var end = _text.IndexOf(Separator, start);
            if (end < 0)
                end = _text.Length;
            _next = end + 1;
            if (end == start)
                continue;
            _term.SetEmpty().Append(_text, start, end - start);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        // Read in chunks: Lucene.NET's reusable string reader does not implement ReadToEnd. The tokenizer is reused
        // for every document, so are the buffers.
        _read.Clear();
        int read;
        while ((read = m_input.Read(_buffer, 0, _buffer.Length)) > 0)
            _read.Append(_buffer, 0, read);
        _text = _read.ToString();
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
