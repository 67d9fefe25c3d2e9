using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Publishing;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One write to the registry.";
        Field(a => a.At).Description("When it was committed.");
        Field(a => a.Actor).Description("Who wrote: an API key (`key:<prefix> (<name>)`), the CLI, an import, or `system`.");
        Field(a => a.Action).Description("What was done, e.g. `credential.updated`, `provider.created`, `apiKey.revoked`.");
        Field(a => a.EntityType).Description("The kind of record: Credential, Provider or ApiKey.");
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("Global id of the record.").Resolve(c => GlobalId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field(a => a.Summary, nullable: true).Description("The changed fields, or a short description.");
    }
}

public static class AuditQueries
{
    public static void AddAuditQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<AuditEntryGraphType, AuditEntry>>>("auditLog")
            .Description("Every write, newest first (admin key).")
            .Argument<StringGraphType>("entityType", "Only this kind of record: Credential, Provider or ApiKey.")
            .Argument<StringGraphType>("actor", "Only writes by this actor.")
            .Argument<DateTimeOffsetGraphType>("since", "Only writes at or after this time.")
            .Paged()
            .ResolveAsync(async c =>
            {
                RequireAdmin(c);
                await using var db = await c.DbAsync();
                var query = db.AuditLog.AsQueryable();
                if (c.GetArgument<string?>("entityType") is { } type)
                    query = query.Where(a => a.EntityType == type);
                if (c.GetArgument<string?>("actor") is { } actor)
                    query = query.Where(a => a.Actor == actor);
                if (c.GetArgument<DateTimeOffset?>("since") is { } since)
                    query = query.Where(a => a.At >= since);
                return await query.OrderByDescending(a => a.Id).ToPageAsync(c, c.Page());
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("All API keys, newest first, revoked ones included (admin key). Secrets are never shown.")
            .ResolveAsync(async c =>
            {
                RequireAdmin(c);
                await using var db = await c.DbAsync();
                return await db.ApiKeys.OrderByDescending(k => k.Id).ToListAsync(c.CancellationToken);
            });
    }

    private static void RequireAdmin(IResolveFieldContext context)
    {
        if (!ApiKeyAuthenticationHandler.ViewerOf(context.User).IsAdmin)
            throw new ExecutionError("This field needs an admin API key.") { Code = "NOT_AUTHORIZED" };
    }
}
