namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>What seed-data/demo-catalogue/catalogue.json holds, as printed by its generate.py; change both together.</summary>
internal static class ShippedCatalogue
{
    public const int Providers = 27;
    public const int Credentials = 375;
    public const int Alignments = 2386;
    public const int Parts = 82;
}
