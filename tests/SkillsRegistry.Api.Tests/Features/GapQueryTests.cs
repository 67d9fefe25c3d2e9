using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary><c>skillGap</c> and <c>pathway</c> through HTTP: wiring, totals consistent with the database, clear input errors.</summary>
public abstract class GapQueryTests(ApiFixture fixture)
{
    private RegistryDbContext Db() => fixture.Factory.Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContext();

    [SkippableFact]
    public async Task Skill_gap_of_an_onet_occupation_counts_every_requirement_once()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            { skillGap(target: { occupationCode: "15-1252.00" }, supply: { regions: ["US"] }) {
                requiredCount coveredCount coveragePercent weightedCoveragePercent priority demandFactor
                requirements { covered competency { id } }
                uncoveredEssential { covered relation competency { preferredLabel } }
            } }
            """);
        var gap = data["skillGap"]!;
        await using var db = Db();
        var required = await db.Requirements.CountAsync(r => r.Occupation.Code == "15-1252.00");
        var covered = gap["requirements"]!.AsArray().Count(r => r!["covered"]!.GetValue<bool>());
        Assert.Equal(required, gap["requiredCount"]!.GetValue<int>());
        Assert.Equal(covered, gap["coveredCount"]!.GetValue<int>());
        Assert.Equal(100.0 * covered / required, gap["coveragePercent"]!.GetValue<double>(), 6);
        Assert.True(gap["demandFactor"]!.GetValue<double>() > 1, "BLS demand for 15-1252 is in the seed data");
        Assert.All(gap["uncoveredEssential"]!.AsArray(), r =>
        {
            Assert.False(r!["covered"]!.GetValue<bool>());
            Assert.Equal("ESSENTIAL", r["relation"]!.GetValue<string>());
        });
    }

    [SkippableFact]
    public async Task Pathway_covers_what_can_be_covered_within_the_budget()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var data = await client.QueryAsync("""
            { pathway(target: { occupationUri: "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7" },
                      supply: { regions: ["DE"], maxCost: 1000, currency: "EUR" }, objective: LOWEST_COST) {
                algorithm candidateCount steps { credential { id costAmount costCurrency regions } } covered { id } uncovered { id } totalCost { currency amount }
            } }
            """);
        var pathway = data["pathway"]!;
        await using var db = Db();
        var essential = await db.Requirements.CountAsync(r => r.Occupation.Uri == "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7"
            && r.Relation == RequirementRelation.Essential);
        Assert.Equal(essential, pathway["covered"]!.AsArray().Count + pathway["uncovered"]!.AsArray().Count);
        Assert.NotEmpty(pathway["steps"]!.AsArray());
        Assert.All(pathway["steps"]!.AsArray(), s =>
        {
            var credential = s!["credential"]!;
            Assert.Equal("EUR", credential["costCurrency"]!.GetValue<string>());
            Assert.True(credential["costAmount"]!.GetValue<double>() <= 1000);
            Assert.Contains(credential["regions"]!.AsArray(), r => r!.GetValue<string>().StartsWith("DE", StringComparison.Ordinal));
        });
    }

    [SkippableFact]
    public async Task A_write_through_a_context_is_reflected_by_the_next_skill_gap()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        const string query = """
            query($code: String!) { skillGap(target: { occupationCode: $code }, supply: { regions: ["US"] }, matching: { mode: EXACT }) {
                coveredCount requirements { covered competency { uri } } } }
            """;
        var variables = new { code = "15-1251.00" };
        var before = (await client.QueryAsync(query, variables))["skillGap"]!;
        var uncoveredUri = before["requirements"]!.AsArray().First(r => !r!["covered"]!.GetValue<bool>())!["competency"]!["uri"]!.GetValue<string>();
        await using var db = Db();
        var competency = await db.Competencies.Where(c => c.Uri == uncoveredUri).Select(c => c.Id).FirstAsync();
        var credential = await db.Credentials.Where(c => c.Status == CredentialStatus.Published && c.Regions.Contains("US")).OrderBy(c => c.Id).FirstAsync();
        var alignment = new CredentialAlignment { CredentialId = credential.Id, CompetencyId = competency, Type = AlignmentType.Teaches, AssertedBy = "gap-test" };
        db.Alignments.Add(alignment);
        await db.SaveChangesAsync();

        var after = (await client.QueryAsync(query, variables))["skillGap"]!;
        db.Alignments.Remove(alignment);
        await db.SaveChangesAsync();
        var restored = (await client.QueryAsync(query, variables))["skillGap"]!;

        Assert.Equal(before["coveredCount"]!.GetValue<int>() + 1, after["coveredCount"]!.GetValue<int>());
        Assert.Equal(before["coveredCount"]!.GetValue<int>(), restored["coveredCount"]!.GetValue<int>());
    }

    [SkippableFact]
    public async Task Cost_cap_without_currency_is_a_clear_error()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("""{ skillGap(target: { occupationCode: "15-1252.00" }, supply: { maxCost: 100 }) { requiredCount } }""");
        Assert.Equal("INVALID_GAP_INPUT", response.FirstErrorCode);
    }

    [SkippableFact]
    public async Task A_uri_given_as_occupation_id_says_which_argument_takes_it()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("""{ skillGap(target: { occupation: "http://data.europa.eu/esco/occupation/0464b062-cea6-4164-b10d-956c61956ae7" }) { requiredCount } }""");
        Assert.Equal("INVALID_GAP_INPUT", response.FirstErrorCode);
        Assert.Contains("occupationUri", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Target_with_two_occupations_is_rejected()
    {
        fixture.EnsureAvailable();
        using var client = fixture.Client;
        var response = await client.PostAsync("""{ skillGap(target: { occupationCode: "15-1252.00", occupationUri: "x" }) { requiredCount } }""");
        Assert.Equal("INVALID_GAP_INPUT", response.FirstErrorCode);
    }
}

public sealed class SqliteGapQueryTests(SqliteApiFixture fixture) : GapQueryTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresGapQueryTests(PostgresApiFixture fixture) : GapQueryTests(fixture), IClassFixture<PostgresApiFixture>;
