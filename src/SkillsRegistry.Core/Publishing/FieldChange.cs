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

    /// <summary>The changes a revision records; a created revision's are every non-empty field of its snapshot.</summary>
    public static IReadOnlyList<FieldChange> Of(Model.CredentialRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return revision.Changes is null ? Between(null, CredentialSnapshot.FromJson(revision.Snapshot)) : FromJson(revision.Changes);
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
