using System.Text.RegularExpressions;
using SkillsRegistry.Api.Tests.Infrastructure;

namespace SkillsRegistry.Api.Tests.Ide;

/// <summary>The example tabs GraphiQL opens with must run against the current schema without errors.</summary>
public sealed partial class ExampleQueriesTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [GeneratedRegex(@"query: `(?<query>[^`]*)`")]
    private static partial Regex ExampleQuery();

    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Queries().Count; i++)
            data.Add(i);
        return data;
    }

    private static List<string> Queries() =>
        [.. ExampleQuery().Matches(File.ReadAllText(RepositoryPaths.Under("src", "SkillsRegistry.Api", "Ide", "client", "src", "examples.js")))
            .Select(m => m.Groups["query"].Value)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_tab_runs_without_errors(int index)
    {
        using var client = fixture.Client;
        var response = await client.PostAsync(Queries()[index], new { id = "paste-a-global-id-here" });
        Assert.True(response.Body["errors"] is null, response.ToString());
    }
}
