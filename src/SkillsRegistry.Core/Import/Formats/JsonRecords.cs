using System.Text.Json;
using SkillsRegistry.Core.Import.Catalogue;

namespace SkillsRegistry.Core.Import.Formats;

/// <summary>The top-level records of a JSON file: the items of <c>@graph</c> or of a root array, or the root object itself.</summary>
internal static class JsonRecords
{
    public static List<(JsonElement Node, RecordLocation At)> Of(string fileName, JsonElement root, byte[] bytes, string? graphProperty)
    {
        var json = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (graphProperty is not null && JsonLd.Prop(root, graphProperty) is { ValueKind: JsonValueKind.Array } graph)
        {
            return Items(graph, JsonElementLines.Of(json, graphProperty), $"/{graphProperty}/");
        }
        return root.ValueKind switch
        {
            JsonValueKind.Array => Items(root, JsonElementLines.OfRoot(json), "/"),
            JsonValueKind.Object => [(root, new RecordLocation("/", 1))],
            _ => throw new ImportFormatException($"{fileName}: the document is neither a JSON object nor an array."),
        };
    }

    private static List<(JsonElement, RecordLocation)> Items(JsonElement array, IReadOnlyList<long> lines, string prefix) =>
        [.. array.EnumerateArray().Select((node, i) => (node, new RecordLocation($"{prefix}{i}", i < lines.Count ? lines[i] : 0)))];
}
