using System.Globalization;
using System.Text.RegularExpressions;

namespace SkillsRegistry.Core.Import.Demand;

/// <summary>
/// Lenient parsing of BLS table cells: "—" (or empty) means not available (null); "$", thousands separators,
/// footnote markers ("[1]") and a top-coding prefix (">=$239,200" → 239200, the published lower bound) are ignored.
/// </summary>
internal static partial class BlsNumbers
{
    /// <summary>Parses <paramref name="text"/>; returns false only for a cell that is neither a number nor "not available".</summary>
    public static bool TryParse(string text, out double? value)
    {
        value = null;
        var cleaned = Noise().Replace(text, string.Empty);
        if (cleaned.Length == 0 || cleaned is "—" or "–" or "-" or "(NA)" or "NA")
        {
            return true;
        }
        if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        value = number;
        return true;
    }

    /// <summary>A figure published in thousands, converted to persons (rounded to whole persons).</summary>
    public static double? Thousands(double? value) => value is { } v ? Math.Round(v * 1000) : null;

    [GeneratedRegex(@"\[\d+\]|[$,\s]|^[<>]=?")]
    private static partial Regex Noise();
}
