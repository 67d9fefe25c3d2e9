using GraphQL.Types;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.GraphQL.Limits;

namespace SkillsRegistry.Api.GraphQL;

public sealed class RegistryMutation : ObjectGraphType
{
    public RegistryMutation()
    {
        Name = "Mutation";
        Description = "Writes, with an API key (`Authorization: Bearer <key>`). Each takes one input object and returns a payload with the result and a typed `errors` list; nothing is written when there are errors.";
        this.AddCredentialMutations();
        this.AddImportMutation();
        this.AddAdminMutations();
        this.AddPersistedDocumentMutations();
    }
}
