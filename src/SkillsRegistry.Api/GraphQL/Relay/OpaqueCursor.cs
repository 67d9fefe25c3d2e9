using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SkillsRegistry.Api.GraphQL.Relay;

/// <summary>Opaque cursors: base64url of "kind:number". The kind keeps a cursor of one connection out of another.</summary>
internal static class OpaqueCursor
{
    public static string Encode(string kind, long value) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}:{value}")));

    public static bool TryDecode(string cursor, string kind, out long value)
    {
        value = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
            return false;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.Length > kind.Length && text.StartsWith(kind, StringComparison.Ordinal) && text[kind.Length] == ':'
            && long.TryParse(text.AsSpan(kind.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
