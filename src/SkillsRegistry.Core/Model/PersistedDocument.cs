namespace SkillsRegistry.Core.Model;

/// <summary>A GraphQL document registered ahead of time, called by <c>documentId</c> ("sha256:&lt;hex of the text&gt;").</summary>
public class PersistedDocument
{
    /// <summary><c>sha256:</c> and the lower-case hex SHA-256 of <see cref="Text"/>.</summary>
    public required string Id { get; set; }
    public required string Text { get; set; }

    /// <summary>Who registered it (an API key's actor name or the CLI user).</summary>
    public required string RegisteredBy { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
