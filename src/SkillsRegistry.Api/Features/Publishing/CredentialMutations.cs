using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

public sealed class CredentialPayloadGraphType : ObjectGraphType<WriteResult<Credential>>
{
    public CredentialPayloadGraphType()
    {
        Name = "CredentialPayload";
        Description = "The credential after a successful change, or the reasons it was refused.";
        Field<CredentialGraphType>("credential").Description("The credential as saved; null when there are errors.").Resolve(c => c.Source.Value);
        this.AddErrorsField();
    }
}

public static class CredentialMutations
{
    public static void AddCredentialMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CredentialPayloadGraphType>>("createCredential")
            .Description("Create a credential of your provider (publisher key). It starts as a draft unless `status` is PUBLISHED.")
            .Argument<NonNullGraphType<CreateCredentialInputGraphType>>("input", "The new credential.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var provider = input.GetValueOrDefault("provider") as string;
                int? providerId = provider is null ? null : GlobalId.DecodeAs(provider, nameof(Provider)) ?? -1;
                var status = input.GetValueOrDefault("status") as CredentialStatus? ?? CredentialStatus.Draft;
                await using var db = await c.DbAsync();
                return await new CredentialWriter(db, c.Service<TimeProvider>())
                    .CreateAsync(providerId, CredentialInputFields.Read(input), status, CredentialInputFields.Alignments(input), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<CredentialPayloadGraphType>>("updateCredential")
            .Description("Change fields of your provider's credential; `expectedVersion` guards against overwriting someone else's change.")
            .Argument<NonNullGraphType<UpdateCredentialInputGraphType>>("input", "The changes.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                var fields = CredentialInputFields.Read(input);
                fields.Provided.ExceptWith(["id", "expectedVersion"]);
                await using var db = await c.DbAsync();
                return await new CredentialWriter(db, c.Service<TimeProvider>())
                    .UpdateAsync(CredentialId(input), (int)input["expectedVersion"]!, fields, c.CancellationToken);
            });

        AddStatusMutation(mutation, "publishCredential", CredentialStatus.Published,
            "Publish your provider's credential: it becomes visible to everyone (it must pass validation, including Annex I for micro-credentials).");
        AddStatusMutation(mutation, "retireCredential", CredentialStatus.Retired,
            "Retire your provider's credential: no longer on offer, but still readable by id, in history and in the change feed.");

        mutation.Field<NonNullGraphType<CredentialPayloadGraphType>>("setAlignments")
            .Description("Replace the competency alignments of your provider's credential.")
            .Argument<NonNullGraphType<SetAlignmentsInputGraphType>>("input", "The credential and its complete list of alignments.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                await using var db = await c.DbAsync();
                return await new CredentialWriter(db, c.Service<TimeProvider>()).SetAlignmentsAsync(CredentialId(input),
                    input.GetValueOrDefault("expectedVersion") as int?, CredentialInputFields.Alignments(input) ?? [], c.CancellationToken);
            });
    }

    private static void AddStatusMutation(ObjectGraphType mutation, string name, CredentialStatus status, string description) =>
        mutation.Field<NonNullGraphType<CredentialPayloadGraphType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<CredentialStatusInputGraphType>>("input", "Which credential.")
            .ResolveAsync(async c =>
            {
                var input = Input(c);
                await using var db = await c.DbAsync();
                return await new CredentialWriter(db, c.Service<TimeProvider>())
                    .SetStatusAsync(CredentialId(input), input.GetValueOrDefault("expectedVersion") as int?, status, c.CancellationToken);
            });

    internal static IReadOnlyDictionary<string, object?> Input(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>("input");

    // A malformed id is reported like an unknown one: -1 matches no record.
    private static int CredentialId(IReadOnlyDictionary<string, object?> input) =>
        GlobalId.DecodeAs(input["id"] as string, nameof(Credential)) ?? -1;
}
