using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace SkillsRegistry.Core.Import.Formats;

/// <summary>Reading helpers for the compacted JSON-LD the formats use: language maps, ids, one-or-many values.</summary>
internal static class JsonLd
{
    private static readonly string[] _preferredLanguages = ["en", "en-US", "en-GB"];

    public static JsonDocument Parse(string fileName, byte[] bytes)
    {
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new ImportFormatException($"{fileName}: malformed JSON at line {line}, position {position}: {ex.Message}");
        }
        try
        {
            EnsureStringsReadable(fileName, json.Span);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> accepts strings that cannot become .NET
    /// strings (invalid UTF-8 bytes, an escaped lone surrogate such as <c>"\ud800"</c>); reading one later would throw
    /// <see cref="InvalidOperationException"/> in the middle of mapping. Every string and property name is decoded once here.
    /// </summary>
    private static void EnsureStringsReadable(string fileName, ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                continue;
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException ex)
            {
                var start = checked((int)reader.TokenStartIndex);
                var line = json[..start].Count((byte)'\n') + 1;
                throw new ImportFormatException($"{fileName}: unreadable text at line {line}: {ex.Message}");
            }
        }
    }

    /// <summary>The first of <paramref name="names"/> that the object has with a non-null value.</summary>
    public static JsonElement? Prop(JsonElement obj, params string[] names)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var name in names)
        {
            if (obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>The items of an array, or the value itself when it is a single value.</summary>
    public static IEnumerable<JsonElement> Many(JsonElement? value) => value switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
        { } single => [single],
    };

    /// <summary>A plain string, or the preferred entry of a language map (English first, else the first entry).</summary>
    public static string? Text(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.String } s:
                return s.GetString();
            case { ValueKind: JsonValueKind.Array } a:
                return a.EnumerateArray().Select(e => Text(e)).FirstOrDefault(t => t is not null);
            case { ValueKind: JsonValueKind.Object } map:
                if (Prop(map, "@value") is { } literal)
                {
                    return Text(literal);
                }
                foreach (var language in _preferredLanguages)
                {
                    if (Prop(map, language) is { } preferred)
                    {
                        return Text(preferred);
                    }
                }
                return map.EnumerateObject().Select(p => Text(p.Value)).FirstOrDefault(t => t is not null);
            default:
                return null;
        }
    }

    /// <summary>The id of a reference: a string, or an object's <c>@id</c> / <c>id</c>.</summary>
    public static string? Id(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object => Prop(value, "@id", "id") is { ValueKind: JsonValueKind.String } id ? id.GetString() : null,
        _ => null,
    };

    public static IReadOnlyList<string> Types(JsonElement obj) =>
        [.. Many(Prop(obj, "@type", "type")).Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)];

    /// <summary>A number written as a JSON number or a numeric string.</summary>
    public static decimal? Number(JsonElement? value, string field, List<string> errors)
    {
        switch (value)
        {
            case null:
                return null;
            case { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d):
                return d;
            case { ValueKind: JsonValueKind.String } s when decimal.TryParse(s.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d):
                return d;
            default:
                errors.Add($"{field} '{value}' is not a number");
                return null;
        }
    }

    /// <summary>An ISO 8601 duration (<c>P3M</c>, <c>PT60H</c>); years count 365 days and months 30, as in XML Schema.</summary>
    public static TimeSpan? Duration(string? value, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        // ISO 8601 allows weeks (P8W), XML Schema does not.
        if (text.Length > 2 && text[0] == 'P' && text[^1] == 'W' && int.TryParse(text[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var weeks))
        {
            if (7.0 * weeks > TimeSpan.MaxValue.TotalDays)
            {
                errors.Add($"{field} '{value}' is too long");
                return null;
            }
            return TimeSpan.FromDays(7.0 * weeks);
        }
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            errors.Add($"{field} '{value}' is not an ISO 8601 duration");
            return null;
        }
        catch (OverflowException)
        {
            errors.Add($"{field} '{value}' is too long");
            return null;
        }
    }

    /// <summary>A date or date-time reduced to its <c>yyyy-MM-dd</c> day (the pipeline checks it).</summary>
    public static string? Day(string? value) =>
        value is { Length: > 10 } && value[10] is 'T' or ' ' ? value[..10] : value;

    /// <summary>Whole days of a duration, rounded up.</summary>
    public static int Days(TimeSpan span) => (int)Math.Ceiling(span.TotalDays);
}
