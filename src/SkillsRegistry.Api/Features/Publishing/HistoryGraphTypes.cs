using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

public sealed class FieldChangeGraphType : ObjectGraphType<FieldChange>
{
    public FieldChangeGraphType()
    {
        Name = "FieldChange";
        Description = "One field changed by a revision.";
        Field(f => f.Field).Description("The field, as named in the API (e.g. `title`, `alignments`).");
        Field<StringGraphType>("oldValue").Description("The value before, as JSON; null when there was none.").Resolve(c => c.Source.Old?.ToJsonString());
        Field<StringGraphType>("newValue").Description("The value after, as JSON; null when cleared.").Resolve(c => c.Source.New?.ToJsonString());
    }
}

public sealed class CredentialRevisionGraphType : ObjectGraphType<CredentialRevision>
{
    public CredentialRevisionGraphType()
    {
        Name = "CredentialRevision";
        Description = "An immutable record of one change to a credential.";
        Field<NonNullGraphType<IdGraphType>>("credentialId").Description("Global id of the credential.").Resolve(c => GlobalId.Encode(nameof(Credential), c.Source.CredentialId));
        Field(r => r.Version).Description("The credential's version after this change.");
        Field(r => r.Kind).Description("Created, updated, published or retired.");
        Field(r => r.Status).Description("The credential's status after this change.");
        Field(r => r.Actor).Description("Who made the change: an API key (`key:<prefix> (<name>)`), an import, or `system`.");
        Field(r => r.At).Description("When the change was committed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeGraphType>>>>("changes")
            .Description("The fields that changed, with old and new values.").Resolve(c => FieldChange.Of(c.Source));
        Field<NonNullGraphType<CredentialGraphType>>("credential")
            .Description("The credential as it was after this change (alignments and stackability as of then).")
            .Resolve(c => HistoricalCredential.From(c.Source));
    }
}

/// <summary>A credential rebuilt from a revision's snapshot: its alignments and stackability are those of that moment.</summary>
public sealed class HistoricalCredential : Credential
{
    [SetsRequiredMembers]
    public HistoricalCredential() => Title = "";

    public IReadOnlyList<int> PartOfIds { get; private set; } = [];
    public IReadOnlyList<int> PartIds { get; private set; } = [];
    public DateTimeOffset RevisedAt { get; private set; }

    public static HistoricalCredential From(CredentialRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var snapshot = CredentialSnapshot.FromJson(revision.Snapshot);
        var credential = snapshot.ToCredential<HistoricalCredential>();
        credential.UpdatedAt = revision.At;
        credential.RevisedAt = revision.At;
        credential.PartOfIds = snapshot.PartOf;
        credential.PartIds = snapshot.Parts;
        return credential;
    }
}

public sealed class RevisionsByCredentialLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildPageLoader<CredentialRevision>(contexts)
{
    protected override IQueryable<CredentialRevision> Query(RegistryDbContext db, int[] parentIds) =>
        db.Revisions.Where(r => parentIds.Contains(r.CredentialId));

    protected override Expression<Func<CredentialRevision, int>> ParentKey => r => r.CredentialId;

    // Newest first.
    protected override LambdaExpression OrderKey => (Expression<Func<CredentialRevision, int>>)(r => -r.Version);

    protected override LambdaExpression TieBreaker => (Expression<Func<CredentialRevision, long>>)(r => -r.Id);
}

internal static class HistoricalCredentials
{
    /// <summary>The credentials a snapshot linked to, as they are now (in the snapshot's order; missing ones left out).</summary>
    public static IDataLoaderResult<IReadOnlyList<Credential>> Load(global::GraphQL.IResolveFieldContext context, IReadOnlyList<int> ids) =>
        DataLoaderResultExtensions.Deferred(ct => LoadAsync(context, ids, ct));

    private static async Task<IReadOnlyList<Credential>> LoadAsync(global::GraphQL.IResolveFieldContext context, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
            return [];
        await using var db = await context.DbAsync();
        var found = await db.Credentials.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}

internal static class CredentialHistory
{
    public static IDataLoaderResult<Credential?> AsOf(global::GraphQL.IResolveFieldContext context, int? id, DateTimeOffset asOf) =>
        DataLoaderResultExtensions.Deferred<Credential?>(async ct =>
        {
            if (id is null)
                return null;
            await using var db = await context.DbAsync();
            var revision = await db.Revisions.Where(r => r.CredentialId == id && r.At <= asOf).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            return revision is null ? null : HistoricalCredential.From(revision);
        });
}
