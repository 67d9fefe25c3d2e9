using GraphQL;
using GraphQL.Types;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Providers;

public static class ProviderQueries
{
    private static readonly ProviderFilter _filter = new();

    public static void AddProviderQueries(this ObjectGraphType query)
    {
        query.Field<ProviderGraphType>("provider")
            .Description("One provider by global id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the provider.")
            .Resolve(c => c.LoadNode<Provider>(c.GetArgument<string>("id"), "Provider"));

        query.Field<NonNullGraphType<ConnectionGraphType<ProviderGraphType, Provider>>>("providers")
            .Description("Providers matching `where`, sorted by `order` (default: by name).")
            .Argument<FilterInputGraphType<ProviderFilter, Provider>>("where", "Conditions the providers must meet.")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<ProviderFilter, Provider>>>>("order", "Sort keys, most significant first.")
            .Paged()
            .ResolveAsync(async c =>
            {
                await using var db = await c.DbAsync();
                return await db.Providers.Where(c, _filter).OrderBy(c, _filter, p => p.Name, p => p.Id).ToPageAsync(c, c.Page());
            });
    }
}
