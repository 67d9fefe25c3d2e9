using System.Buffers.Text;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary><c>coverage</c>, <c>compareCredentials</c> and <c>compareProviders</c> through HTTP.</summary>
public abstract class ComparisonQueryTests(ApiFixture fixture)
{
    [SkippableFact]
    public async Task Coverage_matrix_has_a_cell_per_occupation_and_region_and_agrees_with_skill_gap()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            { coverage(iscoGroup: "2529", regions: ["DE", "FR"]) {
                cells { region coveragePercent priority occupation { id uri } deserts { id } essentialCount coveredEssentialCount } } }
            """);
        var cells = data["coverage"]!["cells"]!.AsArray();
        var occupations = cells.Select(c => c!["occupation"]!["id"]!.GetValue<string>()).Distinct().ToList();
        Assert.NotEmpty(occupations);
        Assert.Equal(occupations.Count * 2, cells.Count);
        var priorities = cells.Select(c => c!["priority"]!.GetValue<double>()).ToList();
        Assert.Equal(priorities.OrderDescending(), priorities);

        var cell = cells[0]!;
        var gap = await client.QueryAsync("query($uri: String, $region: String!) { skillGap(target: { occupationUri: $uri }, supply: { regions: [$region] }) { coveragePercent priority uncoveredEssential { competency { id } } } }",
            new { uri = cell["occupation"]!["uri"]!.GetValue<string>(), region = cell["region"]!.GetValue<string>() });
        Assert.Equal(gap["skillGap"]!["coveragePercent"]!.GetValue<double>(), cell["coveragePercent"]!.GetValue<double>(), 9);
        Assert.Equal(gap["skillGap"]!["uncoveredEssential"]!.AsArray().Select(u => u!["competency"]!["id"]!.GetValue<string>()).Order(),
            cell["deserts"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).Order());
    }

    [SkippableFact]
    public async Task Coverage_takes_more_than_the_old_cap_of_50_occupations_and_rejects_too_many_regions()
    {
        fixture.EnsureAvailable();
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync();
        var ids = (await db.Occupations.OrderBy(o => o.Id).Select(o => o.Id).Take(120).ToListAsync())
            .Select(id => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"Occupation:{id}"))).ToArray();
        Assert.True(ids.Length > 50, $"the seed data has {ids.Length} occupations");
        using var client = fixture.Client;

        var data = await client.QueryAsync("query($o: [ID!]!) { coverage(occupations: $o, regions: [\"DE\", \"US\"]) { cells { region } } }", new { o = ids });
        var tooMany = await client.PostAsync("query($o: [ID!]!, $r: [String!]!) { coverage(occupations: $o, regions: $r) { cells { region } } }",
            new { o = ids.Take(1).ToArray(), r = Enumerable.Range(0, 51).Select(i => $"R{i}").ToArray() });

        Assert.Equal(ids.Length * 2, data["coverage"]!["cells"]!.AsArray().Count);
        Assert.Equal("INVALID_GAP_INPUT", tooMany.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Comparing_credentials_gives_every_pair_once()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var page = await client.QueryAsync("""{ credentials(first: 3, where: { status: { eq: PUBLISHED } }) { nodes { id } } }""");
        var ids = page["credentials"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
        var data = await client.QueryAsync("query($ids: [ID!]!) { compareCredentials(ids: $ids) { credentials { id } pairs { jaccard weightedJaccard first { id } second { id } } unique { credential { id } } } }", new { ids });
        var comparison = data["compareCredentials"]!;
        Assert.Equal(ids, comparison["credentials"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal(3, comparison["pairs"]!.AsArray().Count);
        Assert.All(comparison["pairs"]!.AsArray(), p => Assert.InRange(p!["jaccard"]!.GetValue<double>(), 0, 1));
    }

    [SkippableFact]
    public async Task Comparing_one_credential_is_a_clear_error()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var page = await client.QueryAsync("""{ credentials(first: 1) { nodes { id } } }""");
        var id = page["credentials"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var response = await client.PostAsync("query($ids: [ID!]!) { compareCredentials(ids: $ids) { pairs { jaccard } } }", new { ids = new[] { id } });
        Assert.Equal("INVALID_GAP_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task Comparing_providers_on_an_occupation_reports_each_provider()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var ids = await client.QueryAsync("""{ providers(first: 3) { nodes { id } } occupation(code: "2529.1") { id } }""");
        var providers = ids["providers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToArray();
        var occupation = ids["occupation"]!["id"]!.GetValue<string>();
        var data = await client.QueryAsync("query($p: [ID!]!, $o: ID!) { compareProviders(providers: $p, occupation: $o) { providers { provider { id } requiredCount coveredCount coveragePercent } } }",
            new { p = providers, o = occupation });
        var rows = data["compareProviders"]!["providers"]!.AsArray();
        Assert.Equal(providers, rows.Select(r => r!["provider"]!["id"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.True(r!["coveredCount"]!.GetValue<int>() <= r["requiredCount"]!.GetValue<int>()));
    }
}

public sealed class SqliteComparisonQueryTests(SqliteApiFixture fixture) : ComparisonQueryTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresComparisonQueryTests(PostgresApiFixture fixture) : ComparisonQueryTests(fixture), IClassFixture<PostgresApiFixture>;
