using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Frameworks;

public static class FrameworkQueries
{
    public static void AddFrameworkQueries(this ObjectGraphType query)
    {
        query.Field<FrameworkGraphType>("framework")
            .Description("One framework release by global id or by key; give exactly one.")
            .Argument<IdGraphType>("id", "Global id.")
            .Argument<StringGraphType>("key", "Release key, e.g. `esco-1.1.1`.")
            .ResolveAsync(async c =>
            {
                var key = LookupArguments.ExactlyOne(c, "id", "key");
                if (key == "id")
                    return c.LoadNode<CompetencyFramework>(c.GetArgument<string>("id"), nameof(CompetencyFramework));
                await using var db = await c.DbAsync();
                var wanted = c.GetArgument<string>("key");
                return await db.Frameworks.FirstOrDefaultAsync(f => f.Key == wanted, c.CancellationToken);
            });

        query.AddFilteredConnection<FrameworkGraphType, CompetencyFramework, FrameworkFilter, string>("frameworks",
            "Framework releases matching `where`, sorted by `order` (default: by key).",
            db => db.Frameworks, f => f.Key, f => f.Id);
    }
}
