using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.GraphQL;
using SkillsRegistry.Api.GraphQL.Relay;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Gaps;

public static class ComparisonQueries
{
    public static void AddComparisonQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CoverageGraphType>>("coverage")
            .Description("Coverage matrix for planners: occupations × regions, with skill deserts, sorted by demand-weighted priority. Limits per call are configured (Gaps:MaxCoverageOccupations, default 5,000; Gaps:MaxCoverageRegions, default and at most 50).")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("occupations", "Occupation global ids.")
            .Argument<StringGraphType>("iscoGroup", "All occupations whose ISCO-08 code starts with this (e.g. 25 for ICT professionals).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("regions", "ISO 3166 region codes (a country includes its subdivisions).")
            .Argument<SupplyFilterInputGraphType>("supply", "Which credentials count besides the region (default: published).")
            .Argument<MatchingInputGraphType>("matching", "How credentials match requirements.")
            .ResolveAsync(async c =>
            {
                var limits = c.Service<IOptions<GapOptions>>().Value;
                var regions = c.GetArgument<List<string>>("regions");
                if (regions.Count == 0 || regions.Count > limits.MaxCoverageRegions)
                    throw Invalid($"Give between 1 and {limits.MaxCoverageRegions} regions; got {regions.Count}.");
                var supply = GapInputs.Supply(c.GetArgument<Dictionary<string, object?>?>("supply"));
                var matching = GapInputs.Matching(c.GetArgument<Dictionary<string, object?>?>("matching"));
                await using var db = await c.DbAsync();
                var occupations = await OccupationIdsAsync(c, db, limits.MaxCoverageOccupations);
                var index = await c.Service<GapIndexCache>().CurrentAsync(db, c.CancellationToken);
                return await GuardAsync(() => Task.FromResult(index.Coverage(
                    occupations, regions, supply, matching, Math.Max(matching.Depth, 1), db.Viewer, limits.MaxCoverageOccupations)));
            });

        query.Field<NonNullGraphType<CredentialComparisonGraphType>>("compareCredentials")
            .Description("Compare 2–10 credentials: Annex I fields side by side and a competency overlap matrix (Jaccard and weighted), shared and unique competencies.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Credential global ids (2–10).")
            .Argument<MatchingInputGraphType>("matching", "How competencies match each other (default: hierarchy, 2 levels).")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids").Select(id => GlobalId.DecodeAs(id, nameof(Credential)) ?? throw Invalid($"'{id}' is not the id of a Credential.")).ToList();
                var matching = GapInputs.Matching(c.GetArgument<Dictionary<string, object?>?>("matching"));
                await using var db = await c.DbAsync();
                return await GuardAsync(async () => ComparisonEngine.CompareCredentials(
                    await ComparisonSnapshotLoader.LoadCredentialsAsync(db, ids, Math.Max(matching.Depth, 1), c.CancellationToken), matching));
            });

        query.Field<NonNullGraphType<ProviderComparisonGraphType>>("compareProviders")
            .Description("Which of an occupation's competencies each provider's published credentials cover (at most 20 providers).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("providers", "Provider global ids.")
            .Argument<NonNullGraphType<IdGraphType>>("occupation", "Occupation global id.")
            .Argument<MatchingInputGraphType>("matching", "How credentials match requirements.")
            .ResolveAsync(async c =>
            {
                var providers = c.GetArgument<List<string>>("providers").Select(id => GlobalId.DecodeAs(id, nameof(Provider)) ?? throw Invalid($"'{id}' is not the id of a Provider.")).ToList();
                var occupation = GlobalId.DecodeAs(c.GetArgument<string>("occupation"), nameof(Occupation)) ?? throw Invalid("'occupation' is not the id of an Occupation.");
                var matching = GapInputs.Matching(c.GetArgument<Dictionary<string, object?>?>("matching"));
                await using var db = await c.DbAsync();
                return await GuardAsync(async () => ComparisonEngine.CompareProviders(
                    await ComparisonSnapshotLoader.LoadProvidersAsync(db, providers, occupation, Math.Max(matching.Depth, 1), c.CancellationToken), matching));
            });
    }

    private static async Task<List<int>> OccupationIdsAsync(IResolveFieldContext context, Core.Data.RegistryDbContext db, int max)
    {
        var ids = context.GetArgument<List<string>?>("occupations")?.Select(id => GlobalId.DecodeAs(id, nameof(Occupation)) ?? throw Invalid($"'{id}' is not the id of an Occupation.")).ToList() ?? [];
        if (context.GetArgument<string?>("iscoGroup") is { Length: > 0 } group)
            ids.AddRange(await db.Occupations.Where(o => o.Kind == OccupationKind.Occupation && o.IscoCode != null && o.IscoCode.StartsWith(group))
                .Select(o => o.Id).ToListAsync(context.CancellationToken));
        ids = [.. ids.Distinct()];
        return ids.Count == 0 || ids.Count > max
            ? throw Invalid($"Give between 1 and {max} occupations (ids or an ISCO group); got {ids.Count}.")
            : ids;
    }

    private static async Task<T> GuardAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (ArgumentException ex)
        {
            throw Invalid(ex.Message);
        }
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_GAP_INPUT" };
}
