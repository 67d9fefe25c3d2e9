using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Providers;

public static class ProviderQueries
{
    public static void AddProviderQueries(this ObjectGraphType query)
    {
        query.Field<ProviderGraphType>("provider")
            .Description("One provider by global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the provider.")
            .Resolve(c => c.LoadNode<Provider>(c.GetArgument<string>("id"), "Provider"));

        query.AddFilteredConnection<ProviderGraphType, Provider, ProviderFilter, string>("providers",
            "Providers matching `where`, sorted by `order` (default: by name).",
            db => db.Providers, p => p.Name, p => p.Id);
    }
}
