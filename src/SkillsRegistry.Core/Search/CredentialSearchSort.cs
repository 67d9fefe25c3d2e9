namespace SkillsRegistry.Core.Search;

/// <summary>Result order; ties are broken by credential id.</summary>
public enum CredentialSearchSort
{
    /// <summary>Best match first (BM25); without text, by id.</summary>
    Relevance,

    /// <summary>Cheapest first, whatever the currency; credentials without a cost last.</summary>
    CostAscending,

    /// <summary>Dearest first; credentials without a cost last.</summary>
    CostDescending,

    /// <summary>Fewest notional learning hours first; credentials without hours last.</summary>
    DurationAscending,

    /// <summary>Most recently created first.</summary>
    Newest,
}
