using GraphQL.Types;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

public sealed class CredentialSearchSortGraphType : EnumerationGraphType<CredentialSearchSort>
{
    public CredentialSearchSortGraphType()
    {
        Name = "CredentialSearchSort";
        Description = "Order of search results.";
        Values["RELEVANCE"]!.Description = "Best match first (BM25 over title, competency labels, description and learning outcomes).";
        Values["COST_ASCENDING"]!.Description = "Cheapest first.";
        Values["COST_DESCENDING"]!.Description = "Most expensive first.";
        Values["DURATION_ASCENDING"]!.Description = "Shortest first.";
        Values["NEWEST"]!.Description = "Most recently created first.";
    }
}

public sealed class SuggestionKindGraphType : EnumerationGraphType<SuggestionKind>
{
    public SuggestionKindGraphType()
    {
        Name = "SuggestionKind";
        Description = "What a suggestion names.";
        Values["COMPETENCY"]!.Description = "A competency (skill, knowledge, technology).";
        Values["OCCUPATION"]!.Description = "An occupation.";
        Values["PROVIDER"]!.Description = "A credential provider.";
    }
}
