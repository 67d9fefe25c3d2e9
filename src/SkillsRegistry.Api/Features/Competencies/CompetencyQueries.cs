using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

public static class CompetencyQueries
{
    public static void AddCompetencyQueries(this ObjectGraphType query)
    {
        query.Field<CompetencyGraphType>("competency")
            .Description("One competency by global id, or by URI (from the newest framework release holding it unless `framework` is given).")
            .Argument<IdGraphType>("id", "Global id.")
            .Argument<StringGraphType>("uri", "Concept URI.")
            .Argument<StringGraphType>("framework", "Framework release key to look the URI up in, e.g. `esco-1.1.1`.")
            .ResolveAsync(async c =>
            {
                if (LookupArguments.ExactlyOne(c, "id", "uri") == "id")
                    return c.LoadNode<Competency>(c.GetArgument<string>("id"), nameof(Competency));
                var uri = c.GetArgument<string>("uri");
                var framework = c.GetArgument<string?>("framework");
                await using var db = await c.DbAsync();
                return await db.Competencies
                    .Where(x => x.Uri == uri && (framework == null || x.Framework.Key == framework))
                    .OrderByDescending(x => x.FrameworkId)
                    .FirstOrDefaultAsync(c.CancellationToken);
            });

        query.AddFilteredConnection<CompetencyGraphType, Competency, CompetencyFilter, string>("competencies",
            "Competencies matching `where`, sorted by `order` (default: by preferred label).",
            db => db.Competencies, x => x.PreferredLabel, x => x.Id);
    }
}
