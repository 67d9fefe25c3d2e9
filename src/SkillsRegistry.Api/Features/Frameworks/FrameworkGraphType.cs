using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Frameworks;

public sealed class FrameworkGraphType : ObjectGraphType<CompetencyFramework>
{
    public FrameworkGraphType()
    {
        Name = "CompetencyFramework";
        Description = "A release of a taxonomy (ESCO 1.1.1, O*NET 29.3, a provider's framework). Releases coexist side by side.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is CompetencyFramework;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode(nameof(CompetencyFramework), c.Source.Id));
        Field(f => f.Key).Description("Stable key of the release, e.g. `esco-1.1.1` or `onet-29.3`.");
        Field(f => f.Name).Description("Name of the taxonomy.");
        Field(f => f.Publisher).Description("Who publishes it.");
        Field(f => f.Version).Description("Release version.");
        Field(f => f.SourceUri, nullable: true).Description("Where the release is published.");
        Field(f => f.Licence, nullable: true).Description("Licence under which the data is used.");
        Field(f => f.Attribution, nullable: true).Description("Attribution text that must accompany the data.");
    }
}
