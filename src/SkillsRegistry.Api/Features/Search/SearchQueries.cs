using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Relay;

namespace SkillsRegistry.Api.Features.Search;

public static class SearchQueries
{
    public const int MaxSuggestions = 50;

    public static void AddSearchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CredentialSearchConnectionGraphType>>("searchCredentials")
            .Description("Full-text search over credentials: title, description, learning outcomes, provider and the labels of aligned competencies and their broader concepts (English stemming). Empty `query` lists all matches of `filter`.")
            .Argument<StringGraphType>("query", "Words to search for (at most 256 characters); no query syntax is interpreted.")
            .Argument<CredentialSearchFilterInputGraphType>("filter", "Filters applied before ranking.")
            .Argument<CredentialSearchSortGraphType>("sort", "Order of results (default RELEVANCE).")
            .Paged()
            .ResolveAsync(async c => await CredentialSearchResolver.SearchAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("suggest")
            .Description("Autocomplete: competencies, occupations and providers whose labels start with or nearly match the typed text.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What the user typed so far.")
            .Argument<ListGraphType<NonNullGraphType<SuggestionKindGraphType>>>("kinds", "Which kinds to suggest (default all).")
            .Argument<IntGraphType>("first", $"How many suggestions (default 10, at most {MaxSuggestions}).")
            .ResolveAsync(async c => await CredentialSearchResolver.SuggestAsync(c));
    }
}
