using SkillsRegistry.Core.Import.Csv;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>
/// Technology_Skills.csv gathered before writing: the UNSPSC commodities, the named examples within each
/// commodity (hot when any row flags Hot Technology = Y), and each occupation's use of an example.
/// </summary>
internal sealed class OnetTechnology(IReadOnlySet<string> occupationCodes)
{
    public Dictionary<string, string> Commodities { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string Commodity, string Example), bool> Examples { get; } = [];
    public List<(string Code, string Commodity, string Example, bool InDemand, long Line)> Uses { get; } = [];

    public string? Read(CsvFile row)
    {
        var (code, commodity, example) = (row["O*NET-SOC Code"], row["Commodity Code"], row["Example"]);
        if (code.Length == 0 || commodity.Length == 0 || example.Length == 0)
        {
            return "empty O*NET-SOC Code, Commodity Code or Example";
        }
        if (!occupationCodes.Contains(code))
        {
            return $"unknown occupation {code}";
        }
        Commodities.TryAdd(commodity, row["Commodity Title"]);
        var hot = row["Hot Technology"] == "Y";
        Examples[(commodity, example)] = Examples.GetValueOrDefault((commodity, example)) || hot;
        Uses.Add((code, commodity, example, row["In Demand"] == "Y", row.Line));
        return null;
    }
}
