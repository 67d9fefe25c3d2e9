namespace SkillsRegistry.Core.Model;

/// <summary>One write to the registry, by whom and when. Written in the same transaction as the write itself.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }

    /// <summary>For example <c>credential.updated</c>, <c>provider.created</c>, <c>apiKey.revoked</c>.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public int? ProviderId { get; set; }

    /// <summary>The credential revision this entry produced, for credential changes.</summary>
    public long? RevisionId { get; set; }
    public CredentialRevision? Revision { get; set; }

    /// <summary>Names of the changed fields, comma-separated.</summary>
    public string? Summary { get; set; }
}
