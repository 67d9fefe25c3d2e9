namespace SkillsRegistry.Core.Model;

/// <summary>
/// A credential whose search document must be refreshed. Written in the same transaction as the change that
/// caused it and deleted once the index has the new version, so no committed change is ever missed.
/// </summary>
public class SearchOutboxEntry
{
    public long Id { get; set; }
    public int CredentialId { get; set; }
    public DateTimeOffset EnqueuedAt { get; set; }
}
