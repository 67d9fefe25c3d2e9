namespace SkillsRegistry.Core.Search;

/// <summary>
/// The state of the index. <paramref name="IsHealthy"/> is false when the index is missing, unreadable or corrupt
/// (<paramref name="Problem"/> says which) until a rebuild. <paramref name="DataStamp"/> is the latest
/// <c>Credential.UpdatedAt</c> the index has seen: compare it (and <paramref name="DocumentCount"/>) with the database
/// to tell whether the index is behind.
/// </summary>
public sealed record SearchIndexStatus(
    int DocumentCount,
    bool IsHealthy,
    string? Problem,
    DateTimeOffset? LastRebuiltAt,
    DateTimeOffset? LastUpdatedAt,
    DateTimeOffset? DataStamp);
