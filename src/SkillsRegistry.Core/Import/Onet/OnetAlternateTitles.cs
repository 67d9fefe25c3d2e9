using SkillsRegistry.Core.Import.Csv;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>Alternate_Titles.csv gathered per occupation code, remembering lines so rows of unknown occupations can be rejected.</summary>
internal sealed class OnetAlternateTitles
{
    private readonly Dictionary<string, List<string>> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _lines = new(StringComparer.Ordinal);

    public string? Read(CsvFile row)
    {
        var (code, title) = (row["O*NET-SOC Code"], row["Alternate Title"]);
        if (code.Length == 0 || title.Length == 0)
        {
            return "empty O*NET-SOC Code or Alternate Title";
        }
        if (!_titles.TryGetValue(code, out var titles))
        {
            _titles[code] = titles = [];
            _lines[code] = [];
        }
        if (!titles.Contains(title))
        {
            titles.Add(title);
        }
        _lines[code].Add(row.Line);
        return null;
    }

    public List<string> For(string code) => _titles.TryGetValue(code, out var titles) ? [.. titles] : [];

    /// <summary>Rejects the rows of codes that are not occupations of the release.</summary>
    public void RejectUnknown(IReadOnlySet<string> occupationCodes, ImportReport report, string file)
    {
        foreach (var (code, lines) in _lines.Where(l => !occupationCodes.Contains(l.Key)))
        {
            lines.ForEach(line => report.Reject(file, line, $"unknown occupation {code}"));
        }
    }
}
