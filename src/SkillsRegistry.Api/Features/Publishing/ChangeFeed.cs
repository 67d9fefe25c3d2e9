using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Publishing;

/// <summary>A page of the change feed: revisions after a position, in commit order.</summary>
public sealed record ChangeFeedPage(IReadOnlyList<CredentialRevision> Changes, string? After, bool HasNextPage);

/// <summary>
/// The change feed: every credential revision in commit order, with keyset cursors (a cursor is a revision id, not a
/// position in a list), so a client that stores the last cursor it processed resumes exactly there after a crash —
/// nothing is skipped or repeated even while writes go on. Writers take a lock before their first credential write so
/// revision ids are assigned in commit order (see RegistryDbContext.LockChangeFeedAsync).
/// </summary>
public static class ChangeFeed
{
    public static void AddChangeFeedQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ChangeFeedConnectionGraphType>>("changes")
            .Description("Created, updated, published and retired credentials in commit order, for incremental sync: store `pageInfo.endCursor` and pass it as `after` next time. Drafts appear only to their own provider.")
            .Argument<StringGraphType>("after", "Resume after this cursor (an `endCursor` or edge `cursor` from an earlier call); omit to start at the beginning.")
            .Argument<IntGraphType>("first", "Number of changes to return (default 20, at most 100).")
            .ResolveAsync(async c =>
            {
                var first = PageRequest.First(c, c.Service<IOptions<PagingOptions>>().Value);
                var after = c.GetArgument<string?>("after");
                var position = after is null ? 0 : Decode(after);
                await using var db = await c.DbAsync();
                var rows = await db.Revisions.Where(r => r.Id > position).OrderBy(r => r.Id).Take(first + 1).ToListAsync(c.CancellationToken);
                return new ChangeFeedPage(rows.Take(first).ToList(), after, rows.Count > first);
            });
    }

    public static string Encode(long revisionId) => OpaqueCursor.Encode("change", revisionId);

    private static long Decode(string cursor) =>
        OpaqueCursor.TryDecode(cursor, "change", out var id)
            ? id
            : throw new ExecutionError($"Argument 'after' is not a change feed cursor: '{cursor}'.") { Code = "INVALID_CURSOR" };
}

public sealed class ChangeFeedConnectionGraphType : ObjectGraphType<ChangeFeedPage>
{
    public ChangeFeedConnectionGraphType()
    {
        Name = "CredentialChangeConnection";
        Description = "A page of the change feed (Relay connection with keyset cursors).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEdgeGraphType>>>>("edges")
            .Description("The changes of this page, each with its cursor.").Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CredentialRevisionGraphType>>>>("nodes")
            .Description("The changes of this page, without cursors.").Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("`endCursor` is where to resume; on an empty page it is the `after` you sent, so polling can go on from there.")
            .Resolve(c => new PageInfo(
                c.Source.HasNextPage,
                c.Source.After is not null,
                c.Source.Changes.Count == 0 ? c.Source.After : ChangeFeed.Encode(c.Source.Changes[0].Id),
                c.Source.Changes.Count == 0 ? c.Source.After : ChangeFeed.Encode(c.Source.Changes[^1].Id)));
    }
}

public sealed class ChangeEdgeGraphType : ObjectGraphType<CredentialRevision>
{
    public ChangeEdgeGraphType()
    {
        Name = "CredentialChangeEdge";
        Description = "A change with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to continue after this change.").Resolve(c => ChangeFeed.Encode(c.Source.Id));
        Field<NonNullGraphType<CredentialRevisionGraphType>>("node").Description("The change.").Resolve(c => c.Source);
    }
}
