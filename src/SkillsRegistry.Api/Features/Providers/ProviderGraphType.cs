using GraphQL.Types;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Providers;

public sealed class ProviderGraphType : ObjectGraphType<Provider>
{
    public ProviderGraphType()
    {
        Name = "Provider";
        Description = "An organisation that offers credentials: a university, training provider, vendor or awarding body.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Provider;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(Provider), c.Source.Id));
        Field(p => p.Name).Description("Legal or commonly used name.");
        Field(p => p.Country).Description("Country of establishment, ISO 3166-1 alpha-2 (e.g. DE).");
        Field(p => p.Region, nullable: true).Description("Region of establishment, ISO 3166-2 (e.g. DE-BY).");
        Field(p => p.Identifiers).Description("External identifiers (e.g. Erasmus code, CTID, national register number).");
        Field(p => p.Website, nullable: true).Description("Website URL.");
        Field(p => p.QualityAssurance, nullable: true).Description("Quality assurance framework the provider is subject to.");
        Field(p => p.Accreditation, nullable: true).Description("Accreditation held by the provider.");
        Field<NonNullGraphType<ConnectionGraphType<CredentialGraphType, Credential>>>("credentials")
            .Description("Credentials this provider offers, by title.")
            .Paged()
            .Resolve(c => c.LoadChildPage<CredentialsByProviderLoader, Credential>(c.Source.Id));
    }
}
