using System.Globalization;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>When the index was last rebuilt and updated and the newest credential change it holds; kept in the commit's user data.</summary>
internal sealed record IndexStamps(DateTimeOffset? LastRebuiltAt, DateTimeOffset? LastUpdatedAt, DateTimeOffset? DataStamp)
{
    private const string RebuiltKey = "lastRebuiltAt";
    private const string UpdatedKey = "lastUpdatedAt";
    private const string DataKey = "dataStamp";

    public static IndexStamps None { get; } = new(null, null, null);

    public static IndexStamps From(IDictionary<string, string>? data) => data is null
        ? None
        : new IndexStamps(Read(data, RebuiltKey), Read(data, UpdatedKey), Read(data, DataKey));

    public Dictionary<string, string> ToCommitData()
    {
        var data = new Dictionary<string, string>();
        Write(data, RebuiltKey, LastRebuiltAt);
        Write(data, UpdatedKey, LastUpdatedAt);
        Write(data, DataKey, DataStamp);
        return data;
    }

    public static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a >= b ? a : b;

    private static DateTimeOffset? Read(IDictionary<string, string> data, string key) =>
        data.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;

    private static void Write(Dictionary<string, string> data, string key, DateTimeOffset? value)
    {
        if (value is { } v)
            data[key] = v.ToString("O", CultureInfo.InvariantCulture);
    }
}
