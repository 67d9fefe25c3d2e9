using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.GraphQL.Http;
using SkillsRegistry.Api.GraphQL.Limits;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;

namespace SkillsRegistry.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphQLOptions.Section);
        services.AddOptions<GraphQLOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PagingOptions>().Bind(section.GetSection("Paging"));
        var limits = section.Get<GraphQLOptions>() ?? new GraphQLOptions();

        services.AddGraphQL(b => b
            .AddSchema<RegistrySchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(RegistrySchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                o.ValidateComplexityDelegate = IntrospectionExemption.Apply;
            })
            .AddValidationRule<DocumentLimitsRule>()
            .WithTimeout(TimeSpan.FromSeconds(limits.TimeoutSeconds))
            .UseTelemetry()
            .ConfigureExecutionOptions(o => o.EnableMetrics = false)
            .AddIntrospectionSwitch(limits.EnableIntrospection));

        services.AddSingleton<ParsedDocumentCache>();
        services.AddSingleton<PersistedDocumentStore>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddScoped(typeof(ByIdLoader<>));
        services.AddLoaders();
        return services;
    }

    private static IGraphQLBuilder AddIntrospectionSwitch(this IGraphQLBuilder builder, bool enabled) =>
        enabled ? builder : builder.AddValidationRule<NoIntrospectionValidationRule>();

    private static void AddLoaders(this IServiceCollection services)
    {
        services.AddScoped<CredentialsByProviderLoader>();
        services.AddScoped<BroaderByCompetencyLoader>();
        services.AddScoped<NarrowerByCompetencyLoader>();
        services.AddScoped<RequirementsByCompetencyLoader>();
        services.AddScoped<AlignmentsByCompetencyLoader>();
        services.AddScoped<RequirementsByOccupationLoader>();
        services.AddScoped<NarrowerByOccupationLoader>();
        services.AddScoped<DemandBySocCodeLoader>();
        services.AddScoped<MappingsByUriLoader>();
        services.AddScoped<OccupationByUriLoader>();
        services.AddScoped<AlignmentsByCredentialLoader>();
        services.AddScoped<PartsByCredentialLoader>();
        services.AddScoped<WholesByCredentialLoader>();
        services.AddScoped<RevisionsByCredentialLoader>();
        services.AddScoped<ExportCredentialLoader>();
    }
}
