using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>A filter as one boolean query: each given property a required clause, the values of a list alternatives.</summary>
internal static class FilterQueryBuilder
{
    public const int MaxValues = 256;

    public static BooleanQuery Build(CredentialSearchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new BooleanQuery { { new TermQuery(new Term(F.DocType, F.CredentialType)), Occur.MUST } };
        AnyOf(query, "providerIds", F.ProviderId, filter.ProviderIds?.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        AnyOf(query, "countries", F.Country, filter.Countries?.Select(c => c.Trim().ToUpperInvariant()));
        AnyOf(query, "regions", F.Region, filter.Regions?.Select(r => r.Trim().ToUpperInvariant()));
        AnyOf(query, "types", F.Type, filter.Types?.Select(t => t.ToString()));
        AnyOf(query, "deliveryModes", F.DeliveryMode, filter.DeliveryModes?.Select(m => m.ToString()));
        AnyOf(query, "languages", F.Language, filter.Languages?.Select(l => l.Trim().ToLowerInvariant()));
        AnyOf(query, "competencyUris", F.CompetencyUri, filter.CompetencyUris);
        AnyOf(query, "frameworkKeys", F.Framework, filter.FrameworkKeys);
        AnyOf(query, "statuses", F.Status, filter.Statuses?.Select(s => s.ToString()));
        AddRanges(query, filter);
        return query;
    }

    private static void AddRanges(BooleanQuery query, CredentialSearchFilter filter)
    {
        if (filter.MinEqfLevel is not null || filter.MaxEqfLevel is not null)
            query.Add(NumericRangeQuery.NewInt32Range(F.Eqf, filter.MinEqfLevel, filter.MaxEqfLevel, true, true), Occur.MUST);
        if (filter.MaxCost is { } cost)
        {
            if (string.IsNullOrWhiteSpace(filter.Currency))
                throw new SearchQueryException("A maximum cost needs a currency: amounts are compared within one currency.");
            query.Add(NumericRangeQuery.NewDoubleRange(F.Cost, null, (double)cost, true, true), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(filter.Currency))
            query.Add(new TermQuery(new Term(F.Currency, filter.Currency.Trim().ToUpperInvariant())), Occur.MUST);
        if (filter.MaxHours is { } hours)
            query.Add(NumericRangeQuery.NewDoubleRange(F.Hours, null, (double)hours, true, true), Occur.MUST);
    }

    private static void AnyOf(BooleanQuery query, string name, string field, IEnumerable<string>? values)
    {
        var distinct = values?.Distinct(StringComparer.Ordinal).ToList();
        if (distinct is null || distinct.Count == 0)
            return;
        if (distinct.Count > MaxValues)
            throw new SearchQueryException($"The filter {name} has {distinct.Count} values; at most {MaxValues} are allowed.");
        var anyOf = new BooleanQuery();
        foreach (var value in distinct)
            anyOf.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        query.Add(anyOf, Occur.MUST);
    }
}
