using System.Security.Cryptography;
using System.Text;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing.Export;

/// <summary>
/// Stable identifiers for credentials that have no CTID or Open Badges id of their own: a name-based UUID (RFC 9562
/// version 5 layout) of the provider's name and the external id, so every export of the same record gives the same id.
/// </summary>
internal static class DerivedIds
{
    /// <summary>
    /// Fails loudly when the navigations an export writes were not loaded, instead of writing a document without them.
    /// </summary>
    public static void RequireLoaded(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (credential.Provider is null)
        {
            throw new ArgumentException($"Credential {credential.Id}: load its Provider before exporting it.", nameof(credential));
        }
        if (credential.Alignments.Exists(a => a.Competency is null))
        {
            throw new ArgumentException($"Credential {credential.Id}: load Alignments with their Competency before exporting it.", nameof(credential));
        }
        if (credential.PartOf.Exists(p => p.Whole?.Provider is null))
        {
            throw new ArgumentException($"Credential {credential.Id}: load PartOf with the Whole and its Provider, or leave PartOf unloaded.", nameof(credential));
        }
    }

    public static Guid Of(Credential credential)
    {
        var name = $"{credential.Provider.Name}\n{credential.ExternalId ?? credential.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
#pragma warning disable CA5350 // SHA-1 is what name-based UUIDs are defined with; no security depends on it.
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("skillsregistry:credential\n" + name));
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
