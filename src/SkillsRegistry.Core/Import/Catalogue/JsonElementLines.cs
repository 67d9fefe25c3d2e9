using System.Text.Json;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Finds the line on which each element of a top-level array starts, so rejections point into the file.</summary>
internal static class JsonElementLines
{
    /// <summary>Lines of the elements of the root array (when the document is an array).</summary>
    public static IReadOnlyList<long> OfRoot(ReadOnlySpan<byte> json) => Of(json, null);

    public static IReadOnlyList<long> Of(ReadOnlySpan<byte> json, string? arrayProperty)
    {
        var reader = new Utf8JsonReader(json);
        var lines = new List<long>();
        var line = 1L;
        var counted = 0;
        var inArray = arrayProperty is null;
        var depth = arrayProperty is null ? 1 : 2;
        while (reader.Read())
        {
            if (arrayProperty is not null && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inArray = reader.ValueTextEquals(arrayProperty);
            }
            else if (inArray && reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                var start = checked((int)reader.TokenStartIndex);
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                lines.Add(line);
            }
        }
        return lines;
    }
}
