namespace SkillsRegistry.Core.Import.Onet;

/// <summary>
/// URIs minted for O*NET concepts, which have codes but no published URIs. The crosswalk importer uses the
/// same methods so that mappings meet occupations whichever is imported first.
/// </summary>
public static class OnetUris
{
    private const string Base = "https://www.onetonline.org";

    /// <summary>An O*NET-SOC occupation, e.g. 15-1252.00.</summary>
    public static string Occupation(string onetSocCode) => $"{Base}/link/summary/{onetSocCode}";

    /// <summary>A content-model element (skill, knowledge area), e.g. 2.A.1.a.</summary>
    public static string Element(string elementId) => $"{Base}/find/descriptor/result/{elementId}";

    /// <summary>A UNSPSC technology commodity (<paramref name="example"/> null) or one named technology example within it.</summary>
    public static string Technology(string commodityCode, string? example = null) =>
        example is null
            ? $"{Base}/search/tech/commodity/{commodityCode}"
            : $"{Base}/search/tech/commodity/{commodityCode}/{Uri.EscapeDataString(example)}";
}
