namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Parses enum names exactly as written (case-sensitive, no numbers), with a message that lists the allowed names.</summary>
internal static class StrictEnum
{
    public static TEnum? Parse<TEnum>(string? value, string field, bool required, List<string> errors)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add($"{field} is missing");
            }
            return null;
        }
        if (Enum.GetNames<TEnum>().Contains(value, StringComparer.Ordinal))
        {
            return Enum.Parse<TEnum>(value);
        }
        errors.Add($"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        return null;
    }
}
