using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>Opaque Relay ids: base64url of "TypeName:databaseId". Clients must not parse them.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 128 || !Base64Url.IsValid(globalId))
            return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
            return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>The database id of a global id of the expected type, or null when it is malformed or of another type.</summary>
    public static int? DecodeAs(string? globalId, string expectedTypeName) =>
        TryDecode(globalId, out var type, out var id) && type == expectedTypeName ? id : null;
}
