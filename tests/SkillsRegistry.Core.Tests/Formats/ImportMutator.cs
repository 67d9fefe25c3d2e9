using System.Text;
using System.Text.Json.Nodes;

namespace SkillsRegistry.Core.Tests.Formats;

/// <summary>
/// Deterministic mutations of a valid import file, driven by one <see cref="Random"/>: structural JSON edits, CSV cell and
/// shape edits, then (sometimes) byte-level damage. <see cref="Log"/> says what was done, for a failure message.
/// </summary>
internal sealed class ImportMutator(int seed)
{
    private const string RawMarker = "\u0001raw";
    private const string DuplicateMarker = "\u0001dup";

    private static readonly string[] _rawNumbers =
    [
        "1e400", "-1e400", "1E-400", "79228162514264337593543950336", "-79228162514264337593543950336", "99999999999999999999999999999999",
        "2147483648", "-2147483649", "9223372036854775808", "-0", "0.0000000000000000000000000000001", "1.5", "-1", "0",
    ];

    private static readonly string[] _rawStrings =
    [
        "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"a\\u0000b\"", "\"\\u001f\\u0007\"", "\"\\\\\"", "\"\"", "\" \"",
    ];

    private static readonly string[] _texts =
    [
        "", " ", "x", "-1", "0", "1e400", "99999999999999999999999999999", "99999999999", "4294967296.5", "79228162514264337593543950335",
        "P999999999W", "P2147483647W", "P306783379W", "PT99999999999H", "P99999999999Y", "PT-5H", "P", "PT",
        "2026-02-30", "9999-12-31T23:59:59Z", "en-", "-", "_", "ce-", "http://", "@teaches", "a@", ":", "costType:AggregateCost",
        "\u202Eevil\u202C", "e\u0301\u0301\u0301", "😀", "\uFEFF", "\u0000", "\t\r\n", "<script>", "NaN", "Infinity", "true", "null",
    ];

    private readonly Random _random = new(seed);

    public List<string> Log { get; } = [];

    public byte[] MutateJson(byte[] original)
    {
        var root = JsonNode.Parse(original)!;
        var raws = new List<string>();
        for (var i = 1 + _random.Next(3); i > 0; i--)
            root = MutateNode(root, raws);
        var text = root.ToJsonString();
        for (var i = 0; i < raws.Count; i++)
            text = text.Replace($"\"{JsonEscapedMarker(RawMarker)}{i}\"", raws[i], StringComparison.Ordinal);
        text = text.Replace(JsonEscapedMarker(DuplicateMarker), string.Empty, StringComparison.Ordinal);
        return MaybeDamageBytes(Encoding.UTF8.GetBytes(text));
    }

    public byte[] MutateCsv(byte[] original)
    {
        var rows = CsvRows(Encoding.UTF8.GetString(original));
        for (var i = 1 + _random.Next(3); i > 0; i--)
            MutateRows(rows);
        var text = string.Join("\n", rows.Select(r => string.Join(",", r.Select(Quote))));
        text = MutateCsvText(text);
        return MaybeDamageBytes(Encoding.UTF8.GetBytes(text));
    }

    private static string JsonEscapedMarker(string marker) => marker.Replace("\u0001", "\\u0001", StringComparison.Ordinal);

    private JsonNode MutateNode(JsonNode root, List<string> raws)
    {
        var nodes = new List<(JsonNode? Parent, object? Key, JsonNode? Node)> { (null, null, root) };
        Collect(root, nodes);
        var (parent, key, node) = nodes[_random.Next(nodes.Count)];
        var at = node?.GetPath() ?? $"{parent?.GetPath()}.{key}";
        var kind = _random.Next(9);
        if (kind == 0 && parent is not null)
        {
            Log.Add($"drop {at}");
            Remove(parent, key!);
            return root;
        }
        if (kind == 1 && node is JsonObject duplicated && duplicated.Count > 0)
        {
            var name = duplicated.ElementAt(_random.Next(duplicated.Count)).Key;
            Log.Add($"duplicate key {at}.{name}");
            duplicated[DuplicateMarker + name] = Replacement(raws);
            return root;
        }
        var replacement = kind switch
        {
            2 => Raw(raws, _rawNumbers[_random.Next(_rawNumbers.Length)]),
            3 => Raw(raws, _rawStrings[_random.Next(_rawStrings.Length)]),
            4 => JsonValue.Create(new string("xé😀\u0007"[_random.Next(4)], 50_000 + _random.Next(100_000))),
            5 => Raw(raws, Nested(1 + _random.Next(300))),
            6 => nodes[_random.Next(nodes.Count)].Node?.DeepClone(),
            _ => Replacement(raws),
        };
        Log.Add($"replace {at} ({kind}) with {Describe(replacement)}");
        if (parent is null)
            return replacement ?? JsonValue.Create("null root")!;
        Set(parent, key!, replacement);
        return root;
    }

    private JsonNode? Replacement(List<string> raws) => _random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonValue.Create(_random.Next(-10, 100)),
        3 => new JsonArray(),
        4 => new JsonObject(),
        5 => new JsonArray(JsonValue.Create(_texts[_random.Next(_texts.Length)]), new JsonObject { ["@id"] = "x" }, null),
        6 => new JsonObject { ["en"] = JsonValue.Create(_texts[_random.Next(_texts.Length)]), ["@value"] = null },
        _ => JsonValue.Create(_texts[_random.Next(_texts.Length)]),
    };

    private static JsonNode Raw(List<string> raws, string json)
    {
        raws.Add(json);
        return JsonValue.Create($"{RawMarker}{raws.Count - 1}");
    }

    private string Nested(int depth)
    {
        var (open, close) = _random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
    }

    private static string Describe(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 60 ? $"{text[..60]}… ({text.Length} chars)" : text;
    }

    private static void Collect(JsonNode node, List<(JsonNode?, object?, JsonNode?)> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    into.Add((obj, name, child));
                    if (child is not null)
                        Collect(child, into);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    into.Add((array, i, array[i]));
                    if (array[i] is { } child)
                        Collect(child, into);
                }
                break;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
            obj.Remove((string)key);
        else
            ((JsonArray)parent).RemoveAt((int)key);
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
            obj[(string)key] = value;
        else
            ((JsonArray)parent)[(int)key] = value;
    }

    private void MutateRows(List<List<string>> rows)
    {
        var row = _random.Next(rows.Count);
        var columns = rows[row].Count;
        var column = columns == 0 ? 0 : _random.Next(columns);
        switch (_random.Next(7))
        {
            case 0 when columns > 0:
                var value = _random.Next(4) == 0 ? new string('9', 30 + _random.Next(5000)) : _texts[_random.Next(_texts.Length)];
                Log.Add($"cell {row}:{column} = {Describe(JsonValue.Create(value))}");
                rows[row][column] = value;
                break;
            case 1:
                Log.Add($"extra column in row {row}");
                rows[row].Add(_texts[_random.Next(_texts.Length)]);
                break;
            case 2 when columns > 0:
                Log.Add($"row {row} loses {columns - column} column(s)");
                rows[row].RemoveRange(column, columns - column);
                break;
            case 3 when rows[0].Count > 0:
                var header = _random.Next(rows[0].Count);
                var renamed = _random.Next(3) switch { 0 => "", 1 => rows[0][_random.Next(rows[0].Count)], _ => rows[0][header].ToUpperInvariant() };
                Log.Add($"header {header} '{rows[0][header]}' → '{renamed}'");
                rows[0][header] = renamed;
                break;
            case 4:
                Log.Add($"duplicate row {row}");
                rows.Insert(row, [.. rows[row]]);
                break;
            case 5:
                Log.Add($"empty row at {row}");
                rows.Insert(row, []);
                break;
            default:
                Log.Add($"drop row {row}");
                rows.RemoveAt(row);
                if (rows.Count == 0)
                    rows.Add([]);
                break;
        }
    }

    private string MutateCsvText(string text)
    {
        switch (_random.Next(4))
        {
            case 0:
                var at = _random.Next(text.Length + 1);
                Log.Add($"stray quote at {at}");
                return text.Insert(at, "\"");
            case 1:
                Log.Add("CRLF mix");
                var builder = new StringBuilder(text.Length);
                foreach (var c in text)
                    builder.Append(c == '\n' ? (_random.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" }) : c.ToString());
                return builder.ToString();
            default:
                return text;
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    /// <summary>RFC 4180 rows of a well-formed CSV text (the fixtures).</summary>
    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    cell.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
                cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }
        return rows;
    }

    private byte[] MaybeDamageBytes(byte[] bytes)
    {
        if (_random.Next(3) != 0)
            return bytes;
        var list = bytes.ToList();
        var at = list.Count == 0 ? 0 : _random.Next(list.Count);
        switch (_random.Next(6))
        {
            case 0 when list.Count > 0:
                Log.Add($"flip bit of byte {at}");
                list[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1:
                Log.Add($"insert byte at {at}");
                list.Insert(at, (byte)_random.Next(256));
                break;
            case 2 when list.Count > 0:
                var count = Math.Min(list.Count - at, 1 + _random.Next(40));
                Log.Add($"delete {count} bytes at {at}");
                list.RemoveRange(at, count);
                break;
            case 3:
                Log.Add($"truncate at {at}");
                list.RemoveRange(at, list.Count - at);
                break;
            case 4:
                Log.Add("byte order mark");
                list.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            default:
                byte[][] invalid = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF]];
                var sequence = invalid[_random.Next(invalid.Length)];
                var inString = list.IndexOf((byte)'"', at) is var quote and >= 0 ? quote + 1 : at;
                Log.Add($"invalid UTF-8 {Convert.ToHexString(sequence)} at {inString}");
                list.InsertRange(inString, sequence);
                break;
        }
        return [.. list];
    }
}
