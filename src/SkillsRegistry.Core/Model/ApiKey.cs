namespace SkillsRegistry.Core.Model;

/// <summary>
/// A credential for writing: bound to one provider (publisher) or to none (admin). Only a SHA-256 hash of the secret
/// is stored; <see cref="Prefix"/> is the public, non-secret part used to find the key and to name it in the audit log.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public ApiKeyRole Role { get; set; }
    public int? ProviderId { get; set; }
    public Provider? Provider { get; set; }
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
