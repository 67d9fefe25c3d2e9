using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

namespace SkillsRegistry.Core.Import.Csv;

/// <summary>
/// One source CSV opened for import: the header is checked on open (so a bad file fails before anything is
/// written), fields are read by column name, and <see cref="Line"/> is the 1-based physical line where the
/// current record starts (quoted fields may span several lines).
/// </summary>
internal sealed partial class CsvFile : IDisposable
{
    // ESCO's conceptSchemes_en.csv has a field over 131 kB; leave generous room for multi-line fields.
    private const int MaxBufferSize = 8 * 1024 * 1024;

    private readonly StreamReader _text;
    private readonly CsvDataReader _reader;
    private readonly Dictionary<string, int> _ordinals;
    private long _nextLine = 2;

    private CsvFile(string name, StreamReader text, CsvDataReader reader, Dictionary<string, int> ordinals)
    {
        Name = name;
        _text = text;
        _reader = reader;
        _ordinals = ordinals;
    }

    /// <summary>File name (without directory), as it appears in rejected rows.</summary>
    public string Name { get; }

    /// <summary>1-based line number of the record last read (the header is line 1).</summary>
    public long Line { get; private set; }

    /// <summary>Records read so far.</summary>
    public long RecordsRead { get; private set; }

    /// <summary>
    /// Opens <paramref name="fileName"/> in <paramref name="directory"/> (or <paramref name="directory"/> itself when it
    /// is a file) and checks that every required column is present.
    /// </summary>
    /// <exception cref="ImportFormatException">The file is missing or lacks a required column.</exception>
    public static CsvFile Open(string directory, string fileName, IReadOnlyCollection<string> requiredColumns)
    {
        var path = File.Exists(directory) ? directory : Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new ImportFormatException($"Required file '{fileName}' was not found in '{directory}'.");
        }
        return Open(new StreamReader(path, detectEncodingFromByteOrderMarks: true), fileName, requiredColumns);
    }

    /// <summary>Opens CSV text already in memory or on a stream (takes ownership of <paramref name="text"/>).</summary>
    /// <exception cref="ImportFormatException">A required column is missing, or the header is not valid CSV.</exception>
    public static CsvFile Open(StreamReader text, string fileName, IReadOnlyCollection<string> requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var options = new CsvDataReaderOptions { Delimiter = ',', MaxBufferSize = MaxBufferSize };
            var reader = CsvDataReader.Create(text, options);
            var ordinals = ReadHeader(reader);
            var missing = requiredColumns.Where(c => !ordinals.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                reader.Dispose();
                throw new ImportFormatException($"'{fileName}' lacks required column(s): {string.Join(", ", missing)}.");
            }
            return new CsvFile(fileName, text, reader, ordinals);
        }
        catch (CsvFormatException ex)
        {
            text.Dispose();
            throw new ImportFormatException($"'{fileName}' does not start with a valid CSV header ({ex.Message}).");
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    /// <exception cref="ImportFormatException">The file stops being valid CSV (an unclosed quote, a record too large).</exception>
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFormatException($"{Name}, after line {Line}: not valid CSV ({ex.Message}).");
        }
        Line = _nextLine;
        RecordsRead++;
        _nextLine += 1 + CountEmbeddedNewlines();
        return true;
    }

    /// <summary>True when the header has <paramref name="column"/>.</summary>
    public bool Has(string column) => _ordinals.ContainsKey(column);

    /// <summary>The trimmed value of an optional column ("" when the column is absent or empty).</summary>
    public string Optional(string column) => _ordinals.TryGetValue(column, out var ordinal) ? _reader.GetString(ordinal).Trim() : string.Empty;

    /// <summary>The trimmed value of <paramref name="column"/> in the current record ("" when empty).</summary>
    public string this[string column] => _reader.GetString(_ordinals[column]).Trim();

    /// <summary>The value of <paramref name="column"/> split on embedded newlines (ESCO label lists), without blanks.</summary>
    public List<string> Lines(string column) =>
        [.. this[column].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    private int CountEmbeddedNewlines()
    {
        var count = 0;
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            count += _reader.GetFieldSpan(i).Count('\n');
        }
        return count;
    }

    private static Dictionary<string, int> ReadHeader(CsvDataReader reader)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            // BLS headers carry footnote markers ("Median annual wage, dollars, 2024[1]"): match without them.
            ordinals.TryAdd(Footnote().Replace(reader.GetName(i), string.Empty).Trim(), i);
        }
        return ordinals;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Footnote();
}
