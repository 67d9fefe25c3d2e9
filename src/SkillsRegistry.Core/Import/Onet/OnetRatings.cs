using System.Globalization;
using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>
/// Merges the IM (importance, 1–5) and LV (level, 0–7) rows of Skills.csv and Knowledge.csv into one rating per
/// (occupation, element). A value with Recommend Suppress = Y is dropped and its row rejected with the reason;
/// Not Relevant = Y on a level row keeps the importance and leaves the level null.
/// </summary>
internal sealed class OnetRatings(IReadOnlySet<string> occupationCodes)
{
    public Dictionary<string, (string Name, CompetencyType Type)> Elements { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Code, string Element), OnetRating> Ratings { get; } = [];

    public Func<CsvFile, string?> Reader(CompetencyType type) => row => Read(row, type);

    private string? Read(CsvFile row, CompetencyType type)
    {
        var (code, element, scale) = (row["O*NET-SOC Code"], row["Element ID"], row["Scale ID"]);
        if (code.Length == 0 || element.Length == 0)
        {
            return "empty O*NET-SOC Code or Element ID";
        }
        if (!occupationCodes.Contains(code))
        {
            return $"unknown occupation {code}";
        }
        if (ParseValue(scale, row["Data Value"], out var value) is { } error)
        {
            return error;
        }
        Elements.TryAdd(element, (row["Element Name"], type));
        if (!Ratings.TryGetValue((code, element), out var rating))
        {
            Ratings[(code, element)] = rating = new OnetRating();
        }
        if (row["Recommend Suppress"] == "Y")
        {
            return $"Recommend Suppress = Y: {scale} value {row["Data Value"]} dropped";
        }
        if (scale == "IM")
        {
            rating.Importance = value;
        }
        else if (row["Not Relevant"] != "Y")
        {
            rating.Level = value;
        }
        return null;
    }

    private static string? ParseValue(string scale, string text, out double value)
    {
        value = 0;
        var (min, max) = scale switch { "IM" => (1.0, 5.0), "LV" => (0.0, 7.0), _ => (double.NaN, double.NaN) };
        if (double.IsNaN(min))
        {
            return $"unsupported Scale ID '{scale}'";
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            return $"Data Value '{text}' is not a number in [{min}, {max}] for scale {scale}";
        }
        return null;
    }
}
