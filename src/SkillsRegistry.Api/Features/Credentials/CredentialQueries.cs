using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public static class CredentialQueries
{
    private static readonly CredentialFilter _filter = new();

    public static void AddCredentialQueries(this ObjectGraphType query)
    {
        query.Field<CredentialGraphType>("credential")
            .Description("One credential by global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the credential.")
            .Resolve(c => c.LoadNode<Credential>(c.GetArgument<string>("id"), nameof(Credential)));

        query.Field<NonNullGraphType<ConnectionGraphType<CredentialGraphType, Credential>>>("credentials")
            .Description("Credentials matching `where`, sorted by `order` (default: by title).")
            .Argument<FilterInputGraphType<CredentialFilter, Credential>>("where", "Conditions the credentials must meet.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<CredentialFilter, Credential>>>>("order", "Sort keys, most significant first.")
            .Paged()
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbAsync();
                return await db.Credentials.Where(c, _filter).OrderBy(c, _filter, x => x.Title, x => x.Id).ToPageAsync(c, c.Page());
            });
    }
}
