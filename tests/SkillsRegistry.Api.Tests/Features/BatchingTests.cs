using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Features;

/// <summary>Nested navigation is batched per level: the SQL command count does not grow with the page size.</summary>
public abstract class BatchingTests(ApiFixture fixture)
{
    private const string CredentialPage = """
        query($first: Int) {
          credentials(first: $first) {
            totalCount
            nodes {
              title
              provider { name credentials(first: 2) { totalCount nodes { title } } }
              partOf { title }
              alignments {
                type
                competency { preferredLabel framework { key } broader { preferredLabel } requiredBy(first: 3) { totalCount nodes { occupation { preferredLabel } } } }
              }
            }
          }
        }
        """;

    private const string OccupationPage = """
        query($first: Int) {
          occupations(first: $first, where: { kind: { eq: OCCUPATION }, framework: { key: { eq: "esco-1.1.1" } } }) {
            nodes {
              preferredLabel
              broader { preferredLabel }
              demand { annualOpenings }
              mappings { targetOccupation { preferredLabel } }
              requirements(first: 5) { totalCount nodes { relation competency { preferredLabel alignments(first: 2) { nodes { credential { title provider { name } } } } } } }
            }
          }
        }
        """;

    private async Task<int> CommandsAsync(string query, int first)
    {
        using var client = fixture.Client;
        fixture.Factory.Commands.Reset();
        await client.QueryAsync(query, new { first });
        return fixture.Factory.Commands.Commands.Count;
    }

    [SkippableFact]
    public async Task Credential_page_with_nested_navigation_runs_a_constant_number_of_commands()
    {
        fixture.EnsureAvailable();
        var small = await CommandsAsync(CredentialPage, 3);
        var large = await CommandsAsync(CredentialPage, 30);
        Assert.Equal(small, large);
        // One command per loader level: page, count, provider, its credential page and count, partOf, alignments,
        // competencies, frameworks, broader, requiredBy page and count, occupations.
        Assert.True(small <= 13, $"{small} commands: " + string.Join("\n---\n", fixture.Factory.Commands.Commands));
    }

    [SkippableFact]
    public async Task Occupation_page_with_nested_navigation_runs_a_constant_number_of_commands()
    {
        fixture.EnsureAvailable();
        var small = await CommandsAsync(OccupationPage, 5);
        var smallCommands = fixture.Factory.Commands.Commands;
        var large = await CommandsAsync(OccupationPage, 50);
        Assert.True(small == large, $"{small} vs {large} commands:\n" + string.Join("\n---\n", smallCommands) + "\n=====\n" + string.Join("\n---\n", fixture.Factory.Commands.Commands));
    }
}

public sealed class SqliteBatchingTests(SqliteApiFixture fixture) : BatchingTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresBatchingTests(PostgresApiFixture fixture) : BatchingTests(fixture), IClassFixture<PostgresApiFixture>;
