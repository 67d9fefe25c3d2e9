using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>A key as issued: the stored record and the secret, which is shown once and never stored.</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);

/// <summary>
/// API keys look like <c>srk_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix finds the record, the whole key is
/// compared by its SHA-256 hash (keys carry 256 random bits, so a fast hash is enough; no password stretching).
/// </summary>
public static class ApiKeys
{
    private const string Marker = "srk_";
    private const int PrefixLength = 12;
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static IssuedApiKey Issue(string name, ApiKeyRole role, int? providerId, string createdBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if ((role == ApiKeyRole.Publisher) != providerId.HasValue)
            throw new ArgumentException("A publisher key needs a provider; an admin key has none.", nameof(providerId));
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = $"{Marker}{prefix}_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}";
        var key = new ApiKey
        {
            Name = name.Trim(),
            Role = role,
            ProviderId = providerId,
            Prefix = prefix,
            SecretHash = Hash(secret),
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The key record for a presented key, or null when it is malformed, unknown, wrong or revoked.</summary>
    public static async Task<ApiKey?> FindValidAsync(RegistryDbContext db, string presented, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!TryGetPrefix(presented, out var prefix))
            return null;
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.RevokedAt is not null)
            return null;
        var expected = Convert.FromHexString(key.SecretHash);
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? key : null;
    }

    public static string Hash(string presented) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    /// <summary>The actor name written to revisions and the audit log for a key.</summary>
    public static string ActorOf(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"key:{key.Prefix} ({key.Name})";
    }

    private static bool TryGetPrefix(string presented, out string prefix)
    {
        prefix = "";
        if (presented is null || presented.Length > 128 || !presented.StartsWith(Marker, StringComparison.Ordinal))
            return false;
        var end = presented.IndexOf('_', Marker.Length);
        if (end != Marker.Length + PrefixLength)
            return false;
        prefix = presented[Marker.Length..end];
        return true;
    }
}
