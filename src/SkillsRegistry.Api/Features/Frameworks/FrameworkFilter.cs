using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Frameworks;

public sealed class FrameworkFilter : FilterSchema<CompetencyFramework>
{
    public override string EntityName => "CompetencyFramework";

    public FrameworkFilter()
    {
        Field("key", f => f.Key, FilterKind.String, "Release key, e.g. esco-1.1.1.");
        Field("name", f => f.Name, FilterKind.String, "Taxonomy name.");
        Field("publisher", f => f.Publisher, FilterKind.String, "Publisher.");
        Field("version", f => f.Version, FilterKind.String, "Release version.");
        Sort("key", f => f.Key, "By key.");
        Sort("name", f => f.Name, "By name.");
    }
}
