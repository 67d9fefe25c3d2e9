using GraphQL.Types;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Api.Features.Publishing;

public sealed class CreateProviderInputGraphType : InputObjectGraphType
{
    public CreateProviderInputGraphType()
    {
        Name = "CreateProviderInput";
        Description = "A new provider (admin key).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique name, 1–300 characters.");
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO 3166-1 alpha-2 country.");
        Field<StringGraphType>("region").Description("ISO 3166-2 subdivision of that country.");
        Field<StringGraphType>("website").Description("Absolute http(s) URL.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("identifiers").Description("Other identifiers (e.g. Erasmus code, CTID).");
        Field<StringGraphType>("qualityAssurance").Description("Quality assurance body or process.");
        Field<StringGraphType>("accreditation").Description("Accreditation status.");
    }
}

public sealed class ProviderPayloadGraphType : ObjectGraphType<WriteResult<Provider>>
{
    public ProviderPayloadGraphType()
    {
        Name = "CreateProviderPayload";
        Description = "The new provider, or the reasons it was refused.";
        Field<ProviderGraphType>("provider").Description("The provider as saved; null when there are errors.").Resolve(c => c.Source.Value);
        this.AddErrorsField();
    }
}

public sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "An API key's public record (the secret is never stored or shown again).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(ApiKey), c.Source.Id));
        Field(k => k.Name).Description("Who or what uses the key.");
        Field(k => k.Role).Description("Publisher or admin.");
        Field(k => k.Prefix).Description("The public part of the key (after `srk_`), used to name it in the audit log.");
        Field(k => k.CreatedAt).Description("When it was issued.");
        Field(k => k.RevokedAt, nullable: true).Description("When it was revoked; null while valid.");
        Field<ProviderGraphType>("provider").Description("The provider a publisher key writes for.")
            .Resolve(c => c.Source.ProviderId is { } id ? c.LoadById<Provider>(id) : null);
    }
}

public sealed class CreateApiKeyInputGraphType : InputObjectGraphType
{
    public CreateApiKeyInputGraphType()
    {
        Name = "CreateApiKeyInput";
        Description = "A new API key (admin key).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who or what will use it.");
        Field<NonNullGraphType<EnumerationGraphType<ApiKeyRole>>>("role").Description("PUBLISHER (needs `provider`) or ADMIN.");
        Field<IdGraphType>("provider").Description("Global id of the provider a publisher key writes for.");
    }
}

public sealed class CreateApiKeyPayloadGraphType : ObjectGraphType<WriteResult<IssuedApiKey>>
{
    public CreateApiKeyPayloadGraphType()
    {
        Name = "CreateApiKeyPayload";
        Description = "The new key. `secret` is shown this once: store it now.";
        Field<ApiKeyGraphType>("apiKey").Description("The key's public record.").Resolve(c => c.Source.Value?.Key);
        Field<StringGraphType>("secret").Description("The key to send as `Authorization: Bearer <secret>`; never shown again.").Resolve(c => c.Source.Value?.Secret);
        this.AddErrorsField();
    }
}

public sealed class RevokeApiKeyInputGraphType : InputObjectGraphType
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke (admin key). To rotate a key, create a new one and then revoke the old.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the key.");
    }
}

public sealed class RevokeApiKeyPayloadGraphType : ObjectGraphType<WriteResult<ApiKey>>
{
    public RevokeApiKeyPayloadGraphType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "The revoked key, or the reasons it was refused.";
        Field<ApiKeyGraphType>("apiKey").Description("The key's public record.").Resolve(c => c.Source.Value);
        this.AddErrorsField();
    }
}

public static class AdminMutations
{
    public static void AddAdminMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProviderPayloadGraphType>>("createProvider")
            .Description("Create a provider (admin key).")
            .Argument<NonNullGraphType<CreateProviderInputGraphType>>("input", "The new provider.")
            .ResolveAsync(async c =>
            {
                var input = CredentialMutations.Input(c);
                var fields = new ProviderFields((string)input["name"]!, (string)input["country"]!, input.GetValueOrDefault("region") as string,
                    input.GetValueOrDefault("website") as string, input.List<string>("identifiers"),
                    input.GetValueOrDefault("qualityAssurance") as string, input.GetValueOrDefault("accreditation") as string);
                await using var db = await c.DbAsync();
                return await new AdminWriter(db, c.Service<TimeProvider>()).CreateProviderAsync(fields, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<CreateApiKeyPayloadGraphType>>("createApiKey")
            .Description("Issue an API key (admin key). The secret is in the payload once and never again.")
            .Argument<NonNullGraphType<CreateApiKeyInputGraphType>>("input", "The new key.")
            .ResolveAsync(async c =>
            {
                var input = CredentialMutations.Input(c);
                int? provider = input.GetValueOrDefault("provider") is string id ? GlobalId.DecodeAs(id, nameof(Provider)) ?? -1 : null;
                await using var db = await c.DbAsync();
                return await new AdminWriter(db, c.Service<TimeProvider>())
                    .CreateKeyAsync((string)input["name"]!, (ApiKeyRole)input["role"]!, provider, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadGraphType>>("revokeApiKey")
            .Description("Revoke an API key (admin key): requests with it get 401 from now on.")
            .Argument<NonNullGraphType<RevokeApiKeyInputGraphType>>("input", "The key.")
            .ResolveAsync(async c =>
            {
                var input = CredentialMutations.Input(c);
                await using var db = await c.DbAsync();
                return await new AdminWriter(db, c.Service<TimeProvider>())
                    .RevokeKeyAsync(GlobalId.DecodeAs(input["id"] as string, nameof(ApiKey)) ?? -1, null, c.CancellationToken);
            });
    }
}
