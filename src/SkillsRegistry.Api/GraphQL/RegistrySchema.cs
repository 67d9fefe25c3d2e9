using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.Features.Publishing;

namespace SkillsRegistry.Api.GraphQL;

public sealed class RegistrySchema : Schema
{
    public RegistrySchema(IServiceProvider services, RegistryQuery query, RegistryMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "SkillsRegistry: microcredentials aligned to ESCO, O*NET and provider competency frameworks.";
        // Every node type must be known even when no field returns it directly (node(id:) returns the interface).
        RegisterType(typeof(CredentialGraphType));
        RegisterType(typeof(CompetencyGraphType));
        RegisterType(typeof(OccupationGraphType));
        RegisterType(typeof(ProviderGraphType));
        RegisterType(typeof(FrameworkGraphType));
        RegisterType(typeof(ValidationErrorGraphType));
        RegisterType(typeof(NotFoundErrorGraphType));
        RegisterType(typeof(NotAuthorizedErrorGraphType));
        RegisterType(typeof(ConflictErrorGraphType));
        // Introspection (GraphiQL's query is 15 levels deep) must not count against the complexity budget.
        this.WithIntrospectionComplexityImpact(0);
    }
}
