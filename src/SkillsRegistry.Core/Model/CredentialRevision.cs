namespace SkillsRegistry.Core.Model;

/// <summary>
/// An immutable record of one change to a credential: who, when, which fields changed (old and new values) and the
/// whole record after the change. Ids increase in commit order, so they also serve as the change feed's positions.
/// </summary>
public class CredentialRevision
{
    public long Id { get; set; }
    public int CredentialId { get; set; }
    public int ProviderId { get; set; }

    /// <summary>The credential's version after this change.</summary>
    public int Version { get; set; }
    public RevisionKind Kind { get; set; }

    /// <summary>The credential's status after this change.</summary>
    public CredentialStatus Status { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>
    /// JSON array of <c>{ "field", "old", "new" }</c>; null for a <see cref="RevisionKind.Created"/> revision, whose changes
    /// are every non-empty field of <see cref="Snapshot"/> (read them with <see cref="Publishing.FieldChange.Of"/>). Storing
    /// that list again would double the bytes a bulk import writes.
    /// </summary>
    public string? Changes { get; set; }

    /// <summary>JSON of <see cref="Publishing.CredentialSnapshot"/>: the record as it was after this change.</summary>
    public required string Snapshot { get; set; }
}
