using Lucene.Net.Search;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Sorts read from doc values, all ascending (descending cost is ascending negated cost); the credential id breaks ties.</summary>
internal static class SortBuilder
{
    public static Sort Build(CredentialSearchSort sort, bool hasText) => sort switch
    {
        CredentialSearchSort.Relevance when hasText => new Sort(SortField.FIELD_SCORE, IdAscending()),
        CredentialSearchSort.Relevance => new Sort(IdAscending()),
        CredentialSearchSort.CostAscending => new Sort(Ascending(F.SortCost), IdAscending()),
        CredentialSearchSort.CostDescending => new Sort(Ascending(F.SortCostNegated), IdAscending()),
        CredentialSearchSort.DurationAscending => new Sort(Ascending(F.SortHours), IdAscending()),
        CredentialSearchSort.Newest => new Sort(new SortField(F.SortCreated, SortFieldType.INT64, true), CredentialIdComparer.Field(descending: true)),
        _ => throw new SearchQueryException($"Unknown sort {sort}."),
    };

    private static SortField IdAscending() => CredentialIdComparer.Field(descending: false);

    /// <summary>Documents without a value hold <see cref="double.MaxValue"/> (see the mapper), so they sort last.</summary>
    private static SortField Ascending(string field) => new(field, SortFieldType.DOUBLE);
}
