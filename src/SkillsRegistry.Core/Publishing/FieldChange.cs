using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillsRegistry.Core.Publishing;

/// <summary>One changed field of a revision, with its old and new values as JSON (null when absent).</summary>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New)
{
    /// <summary>Fields that differ between two snapshots, in declaration order; <c>version</c> is left out.</summary>
    public static IReadOnlyList<FieldChange> Between(CredentialSnapshot? before, CredentialSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var old = before?.ToJsonObject();
        var changes = new List<FieldChange>();
        foreach (var (field, value) in after.ToJsonObject())
        {
            if (field is "version" or "id" or "createdAt")
                continue;
            var previous = old?[field];
            if (old is null ? !IsEmpty(value) : !JsonNode.DeepEquals(previous, value))
                changes.Add(new FieldChange(field, previous?.DeepClone(), value?.DeepClone()));
        }
        return changes;
    }

    /// <summary>
    /// <c>ToJson(Between(null, snapshot))</c> and the changed fields' names, straight from the snapshot's JSON (the bulk
    /// import writes one per new credential; the node-based path costs several times more).
    /// </summary>
    internal static (string Json, List<string> Fields) CreatedFrom(string snapshotJson)
    {
        using var document = JsonDocument.Parse(snapshotJson);
        var buffer = new ArrayBufferWriter<byte>(snapshotJson.Length + 512);
        var fields = new List<string>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name is "version" or "id" or "createdAt"
                    || property.Value.ValueKind == JsonValueKind.Null
                    || (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() == 0))
                    continue;
                fields.Add(property.Name);
                writer.WriteStartObject();
                writer.WriteString("field", property.Name);
                writer.WriteNull("old");
                writer.WritePropertyName("new");
                property.Value.WriteTo(writer);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), fields);
    }

    public static string ToJson(IReadOnlyList<FieldChange> changes)
    {
        var array = new JsonArray();
        foreach (var change in changes)
            array.Add(new JsonObject { ["field"] = change.Field, ["old"] = change.Old?.DeepClone(), ["new"] = change.New?.DeepClone() });
        return array.ToJsonString();
    }

    public static IReadOnlyList<FieldChange> FromJson(string json)
    {
        var array = JsonNode.Parse(json)?.AsArray() ?? throw new InvalidDataException("A revision's changes are empty.");
        return [.. array.Select(n => new FieldChange(n!["field"]!.GetValue<string>(), n["old"]?.DeepClone(), n["new"]?.DeepClone()))];
    }

    private static bool IsEmpty(JsonNode? value) => value is null || (value is JsonArray array && array.Count == 0);
}
