using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// A re-analysis highlighter: tokenises the stored title and description again with the index analyzer and marks
/// every token whose analysed form is one of the query's terms. The title is returned whole, the description as a
/// window around its first match; text is HTML-escaped, matches are wrapped in <c>&lt;em&gt;</c>.
/// </summary>
internal static class SnippetHighlighter
{
    public const int FragmentLength = 160;
    private const int Lead = 40;

    public static IReadOnlyList<string> Highlight(Analyzer analyzer, IReadOnlySet<string> terms, string? title, string? description)
    {
        var snippets = new List<string>(2);
        if (terms.Count == 0)
            return snippets;
        if (title is not null && Matches(analyzer, IndexFields.Title, title, terms) is { Count: > 0 } titleMatches)
            snippets.Add(Mark(title, 0, title.Length, titleMatches));
        if (description is not null && Matches(analyzer, IndexFields.Description, description, terms) is { Count: > 0 } matches)
        {
            var (start, end) = Window(description, matches[0].Start);
            snippets.Add((start > 0 ? "…" : "") + Mark(description, start, end, matches) + (end < description.Length ? "…" : ""));
        }
        return snippets;
    }

    private static List<(int Start, int End)> Matches(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = new List<(int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()))
                matches.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return matches;
    }

    private static (int Start, int End) Window(string text, int firstMatch)
    {
        var start = Math.Max(0, firstMatch - Lead);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            start--;
        var end = Math.Min(text.Length, start + FragmentLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        return (start, end);
    }

    private static string Mark(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var (from, to) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[at..from]))
                .Append("<em>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</em>");
            at = to;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..end])).ToString();
    }
}
