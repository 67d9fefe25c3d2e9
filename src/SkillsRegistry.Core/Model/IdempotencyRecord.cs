namespace SkillsRegistry.Core.Model;

/// <summary>
/// The stored answer to a write sent with an <c>Idempotency-Key</c> header, so a retried request gets the same answer
/// instead of being applied twice. Keys are scoped to the caller (the API key) that sent them.
/// </summary>
public class IdempotencyRecord
{
    public int Id { get; set; }
    public required string Scope { get; set; }
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request body: the same key with a different request is refused, not replayed.</summary>
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public required string ContentType { get; set; }
    public required string Response { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
