using System.Text.Json.Nodes;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Bench;

/// <summary>One query of the fixed mix, as an in-process request and as GraphQL variables.</summary>
internal sealed record QueryCase(string Mode, CredentialSearchRequest Request, JsonObject Variables);

/// <summary>The fixed query mix: keyword, keyword + filters, facets without text, competency (skill group) filter.</summary>
internal static class QueryMix
{
    public const string Keyword = "keyword";
    public const string KeywordFilters = "keyword+filters";
    public const string Facets = "facets";
    public const string Competency = "competency";
    public static readonly string[] Modes = [Keyword, KeywordFilters, Facets, Competency];

    private static readonly CredentialStatus[] _published = [CredentialStatus.Published];

    public static IReadOnlyDictionary<string, IReadOnlyList<QueryCase>> Build(Taxonomy taxonomy)
    {
        var words = taxonomy.FrequentWords(20);
        string[] countries = ["DE", "FR", "US", "ES", "NL"];
        string?[] facetCountries = [null, "DE", "FR", "US"];
        var groups = new[] { "S1", "S2", "S4", "S5", "S6", "S3" }.Where(taxonomy.SkillGroupsByCode.ContainsKey).Select(c => taxonomy.SkillGroupsByCode[c]).ToArray();
        var keyword = words.Select(w => Case(Keyword, w, new CredentialSearchFilter { Statuses = _published }, false, [])).ToList();
        var filtered = words.Select((w, i) => Case(KeywordFilters, w,
            new CredentialSearchFilter
            {
                Statuses = _published,
                Countries = [countries[i % countries.Length]],
                MaxEqfLevel = 5 + (i % 2),
                DeliveryModes = [DeliveryMode.Online, DeliveryMode.Blended],
            }, false,
            new JsonObject
            {
                ["countries"] = new JsonArray(countries[i % countries.Length]),
                ["maxEqfLevel"] = 5 + (i % 2),
                ["deliveryModes"] = new JsonArray("ONLINE", "BLENDED"),
            })).ToList();
        var facets = facetCountries.Select(c => Case(Facets, null,
            new CredentialSearchFilter { Statuses = _published, Countries = c is null ? null : [c] }, true,
            c is null ? [] : new JsonObject { ["countries"] = new JsonArray(c) })).ToList();
        var competency = groups.Select(g => Case(Competency, null,
            new CredentialSearchFilter { Statuses = _published, CompetencyUris = [g] }, false,
            new JsonObject { ["competencies"] = new JsonArray(g) })).ToList();
        return new Dictionary<string, IReadOnlyList<QueryCase>>(StringComparer.Ordinal)
        {
            [Keyword] = keyword,
            [KeywordFilters] = filtered,
            [Facets] = facets,
            [Competency] = competency,
        };
    }

    public static IReadOnlyList<string> Words(Taxonomy taxonomy) => taxonomy.FrequentWords(20);

    private static QueryCase Case(string mode, string? text, CredentialSearchFilter filter, bool facets, JsonObject graphQlFilter) =>
        new(mode, new CredentialSearchRequest(text, filter, CredentialSearchSort.Relevance, 0, 20, facets, false),
            new JsonObject { ["q"] = text, ["f"] = graphQlFilter });
}
