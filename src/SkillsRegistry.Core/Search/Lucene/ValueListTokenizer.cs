using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// A tokenizer over a list of values joined by <see cref="Separator"/>: reads the whole field into a reused buffer and
/// hands out the non-empty values in order; subclasses decide which tokens a value becomes.
/// </summary>
internal abstract class ValueListTokenizer : Tokenizer
{
    public const char Separator = '\u001f';

    private char[] _text = new char[4096];
    private int _length;
    private int _next;

    protected ValueListTokenizer(TextReader input)
        : base(input)
    {
        Term = AddAttribute<ICharTermAttribute>();
        Offset = AddAttribute<IOffsetAttribute>();
    }

    protected ICharTermAttribute Term { get; }

    protected IOffsetAttribute Offset { get; }

    /// <summary>The next non-empty value as a range of <see cref="Text"/>, or false at the end of the list.</summary>
    protected bool NextValue(out int start, out int end)
    {
        while (_next <= _length)
        {
            start = _next;
            end = Array.IndexOf(_text, Separator, start, _length - start);
            if (end < 0)
                end = _length;
            _next = end + 1;
            if (end > start)
                return true;
        }
        start = end = _length;
        return false;
    }

    protected ReadOnlySpan<char> Text(int start, int end) => _text.AsSpan(start, end - start);

    /// <summary>Makes a value of the list the current token.</summary>
    protected void EmitValue(int start, int end)
    {
        Term.CopyBuffer(_text, start, end - start);
        SetOffsets(start, end);
    }

    protected void SetOffsets(int start, int end) => Offset.SetOffset(CorrectOffset(start), CorrectOffset(end));

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
        Offset.SetOffset(final, final);
    }
}
