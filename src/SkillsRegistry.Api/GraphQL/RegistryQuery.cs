using GraphQL.Types;
using SkillsRegistry.Api.Features.Competencies;
using SkillsRegistry.Api.Features.Credentials;
using SkillsRegistry.Api.Features.Frameworks;
using SkillsRegistry.Api.Features.Gaps;
using SkillsRegistry.Api.Features.Occupations;
using SkillsRegistry.Api.Features.Providers;
using SkillsRegistry.Api.Features.Publishing;
using SkillsRegistry.Api.Features.Search;
using SkillsRegistry.Api.GraphQL.Relay;

namespace SkillsRegistry.Api.GraphQL;

public sealed class RegistryQuery : ObjectGraphType
{
    public RegistryQuery()
    {
        Name = "Query";
        Description = "Read access to the registry: credentials, the competencies they align to, occupations and their requirements, providers and taxonomy releases.";
        this.AddNodeQueries();
        this.AddCredentialQueries();
        this.AddCompetencyQueries();
        this.AddOccupationQueries();
        this.AddProviderQueries();
        this.AddFrameworkQueries();
        this.AddSearchQueries();
        this.AddGapQueries();
        this.AddComparisonQueries();
        this.AddChangeFeedQueries();
        this.AddAuditQueries();
    }
}
