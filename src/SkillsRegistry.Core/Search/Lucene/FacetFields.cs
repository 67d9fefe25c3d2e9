namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>The facets offered, by their public names, and how many values each returns at most.</summary>
internal static class FacetFields
{
    public const string Type = "type";
    public const string EqfLevel = "eqfLevel";
    public const string DeliveryMode = "deliveryMode";
    public const string Provider = "provider";
    public const string Country = "country";
    public const string Language = "language";
    public const string Competency = "competency";

    public static readonly IReadOnlyList<(string Name, int Limit)> All =
    [
        (Type, int.MaxValue), (EqfLevel, int.MaxValue), (DeliveryMode, int.MaxValue), (Provider, int.MaxValue),
        (Country, int.MaxValue), (Language, int.MaxValue), (Competency, 10),
    ];
}
