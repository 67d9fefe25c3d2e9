using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public static class CredentialQueries
{
    public static void AddCredentialQueries(this ObjectGraphType query)
    {
        query.Field<CredentialGraphType>("credential")
            .Description("One credential by global id, or null when there is none; with `asOf`, as it was at that time (null if it did not exist yet).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the credential.")
            .Argument<DateTimeOffsetGraphType>("asOf", "A past moment: return the credential as its latest revision at or before then recorded it.")
            .Resolve(c => c.GetArgument<DateTimeOffset?>("asOf") is { } asOf
                ? CredentialHistory.AsOf(c, GlobalId.DecodeAs(c.GetArgument<string>("id"), nameof(Credential)), asOf)
                : c.LoadNode<Credential>(c.GetArgument<string>("id"), nameof(Credential)));

        query.AddFilteredConnection<CredentialGraphType, Credential, CredentialFilter, string>("credentials",
            "Credentials matching `where`, sorted by `order` (default: by title).",
            db => db.Credentials, x => x.Title, x => x.Id);
    }
}
