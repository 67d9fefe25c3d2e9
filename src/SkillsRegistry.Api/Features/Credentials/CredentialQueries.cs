using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public static class CredentialQueries
{
    public static void AddCredentialQueries(this ObjectGraphType query)
    {
        query.Field<CredentialGraphType>("credential")
            .Description("One credential by global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the credential.")
            .Resolve(c => c.LoadNode<Credential>(c.GetArgument<string>("id"), nameof(Credential)));

        query.AddFilteredConnection<CredentialGraphType, Credential, CredentialFilter, string>("credentials",
            "Credentials matching `where`, sorted by `order` (default: by title).",
            db => db.Credentials, x => x.Title, x => x.Id);
    }
}
