using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Filtering;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public static class OccupationQueries
{
    public static void AddOccupationQueries(this ObjectGraphType query)
    {
        query.Field<OccupationGraphType>("occupation")
            .Description("One occupation by global id, URI, or code (ESCO code, ISCO group or O*NET-SOC code such as 15-1252.00); give exactly one.")
            .Argument<IdGraphType>("id", "Global id.")
            .Argument<StringGraphType>("uri", "Occupation URI.")
            .Argument<StringGraphType>("code", "Code in its framework.")
            .ResolveAsync(async c =>
            {
                var by = LookupArguments.ExactlyOne(c, "id", "uri", "code");
                if (by == "id")
                    return c.LoadNode<Occupation>(c.GetArgument<string>("id"), nameof(Occupation));
                var value = c.GetArgument<string>(by);
                await using var db = await c.DbAsync();
                return await db.Occupations.Where(o => by == "uri" ? o.Uri == value : o.Code == value)
                    .OrderByDescending(o => o.FrameworkId).FirstOrDefaultAsync(c.CancellationToken);
            });

        query.AddFilteredConnection<OccupationGraphType, Occupation, OccupationFilter, string>("occupations",
            "Occupations and groups matching `where`, sorted by `order` (default: by preferred title).",
            db => db.Occupations, o => o.PreferredLabel, o => o.Id);
    }
}
