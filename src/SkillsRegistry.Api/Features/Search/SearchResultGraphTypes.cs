using GraphQL.Types;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

public sealed record SearchEdge(string Cursor, SearchHit Hit);

public sealed class CredentialSearchConnectionGraphType : ObjectGraphType<SearchPage>
{
    public CredentialSearchConnectionGraphType()
    {
        Name = "CredentialSearchConnection";
        Description = "A page of credential search results, with facet counts over all matches.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Number of matching credentials.").Resolve(c => c.Source.Result.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Cursors and whether more pages exist.").Resolve(c => PageInfoOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialSearchEdgeGraphType>>>>("edges")
            .Description("The hits of this page with score, highlights and cursor.")
            .Resolve(c => c.Source.Result.Hits.Select((hit, i) => new SearchEdge(PageRequest.EncodeCursor(c.Source.Skip + i), hit)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialGraphType>>>>("nodes")
            .Description("The credentials of this page, best first.")
            .Resolve(c => c.Source.Result.Hits.Select(h => c.LoadById<Credential>(h.CredentialId)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetGraphType>>>>("facets")
            .Description("Counts per value of type, eqfLevel, deliveryMode, provider, country, language and the top competencies, over all matches.")
            .Resolve(c => c.Source.Result.Facets);
        Field<NonNullGraphType<BooleanGraphType>>("degraded")
            .Description("True when the search index was unavailable and the database answered: no ranking, facets or highlights.")
            .Resolve(c => c.Source.Degraded);
    }

    private static PageInfo PageInfoOf(SearchPage page)
    {
        var count = page.Result.Hits.Count;
        return new PageInfo(page.Skip + count < page.Result.TotalCount, page.Skip > 0,
            count == 0 ? null : PageRequest.EncodeCursor(page.Skip), count == 0 ? null : PageRequest.EncodeCursor(page.Skip + count - 1));
    }
}

public sealed class CredentialSearchEdgeGraphType : ObjectGraphType<SearchEdge>
{
    public CredentialSearchEdgeGraphType()
    {
        Name = "CredentialSearchEdge";
        Description = "A search hit with its cursor.";
        Field(e => e.Cursor).Description("Opaque cursor; pass it as `after` to continue after this hit.");
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance score (higher is better; 0 in degraded mode).").Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("highlights")
            .Description("HTML-escaped snippets with matches wrapped in <em>…</em>.")
            .Resolve(c => c.Source.Hit.Highlights);
        Field<NonNullGraphType<CredentialGraphType>>("node").Description("The credential.")
            .Resolve(c => c.LoadById<Credential>(c.Source.Hit.CredentialId));
    }
}

public sealed class FacetGraphType : ObjectGraphType<Facet>
{
    public FacetGraphType()
    {
        Name = "Facet";
        Description = "Counts of the matching credentials per value of one field.";
        Field(f => f.Field).Description("The field: type, eqfLevel, deliveryMode, provider, country, language or competency.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("values").Description("Values, most frequent first.").Resolve(c => c.Source.Values);
    }
}

public sealed class FacetValueGraphType : ObjectGraphType<FacetValue>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "One value of a facet and how many matches have it.";
        Field(v => v.Value).Description("The value as filters take it (enum name, code, provider id or competency URI).");
        Field(v => v.Label, nullable: true).Description("A readable label (provider name, competency label), where there is one.");
        Field(v => v.Count).Description("Number of matching credentials with this value.");
    }
}
