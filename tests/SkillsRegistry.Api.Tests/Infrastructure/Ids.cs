using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>Reads database ids out of global ids, for comparing API results with database rows in tests.</summary>
public static class Ids
{
    public static int Decode(string globalId)
    {
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        return int.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
    }

    public static string Encode(string type, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{id}")));
}
