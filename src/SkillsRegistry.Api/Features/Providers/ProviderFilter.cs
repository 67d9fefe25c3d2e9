using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Providers;

public sealed class ProviderFilter : FilterSchema<Provider>
{
    public override string EntityName => "Provider";

    public ProviderFilter()
    {
        Field("name", p => p.Name, FilterKind.String, "Provider name.");
        Field("country", p => p.Country, FilterKind.String, "Country, ISO 3166-1 alpha-2.");
        Field("region", p => p.Region, FilterKind.String, "Region, ISO 3166-2.");
        Sort("name", p => p.Name, "By name.");
        Sort("country", p => p.Country, "By country code.");
    }
}
