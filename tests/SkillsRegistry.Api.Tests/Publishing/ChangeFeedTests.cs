using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Publishing;

/// <summary>A job board syncing through <c>changes</c>: resumes from its last cursor without missing or repeating a change.</summary>
public abstract class ChangeFeedTests(ApiFixture fixture) : PublishingTestBase(fixture)
{
    private const string Feed = """
        query($after: String, $first: Int) {
          changes(after: $after, first: $first) { edges { cursor node { credentialId version kind } } pageInfo { hasNextPage endCursor } }
        }
        """;

    private static async Task<(List<(string Id, int Version, string Kind)> Changes, string? Cursor)> DrainAsync(GraphQLClient client, string? after)
    {
        var changes = new List<(string, int, string)>();
        while (true)
        {
            var page = (await client.QueryAsync(Feed, new { after, first = 7 }))["changes"]!;
            foreach (var edge in page["edges"]!.AsArray())
            {
                var node = edge!["node"]!;
                changes.Add((node["credentialId"]!.GetValue<string>(), node["version"]!.GetValue<int>(), node["kind"]!.GetValue<string>()));
            }
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return (changes, after);
        }
    }

    [SkippableFact]
    public async Task A_reader_resumes_from_its_cursor_and_sees_each_later_change_exactly_once_in_commit_order()
    {
        Fixture.EnsureAvailable();
        var (mine, _) = await ProvidersAsync();
        using var publisher = Fixture.ClientWithKey(await Fixture.IssueKeyAsync(ApiKeyRole.Publisher, mine));
        using var board = Fixture.ClientWithKey(null);
        var (seen, cursor) = await DrainAsync(board, null);
        Assert.NotNull(cursor);
        Assert.Equal(seen.Count, seen.Distinct().Count());

        var (a, va) = await CreatedAsync(publisher, "Feed A", status: "PUBLISHED");
        var (b, _) = await CreatedAsync(publisher, "Feed B", status: "PUBLISHED");
        await PayloadAsync(publisher, Update, "updateCredential", new { id = a, expectedVersion = va, title = "Feed A2" });
        await PayloadAsync(publisher, Retire, "retireCredential", new { id = b });
        var (hidden, _) = await CreatedAsync(publisher, "Feed draft");

        var (next, nextCursor) = await DrainAsync(board, cursor);
        var (again, _) = await DrainAsync(board, nextCursor);

        Assert.Equal([(a, 1, "CREATED"), (b, 1, "CREATED"), (a, 2, "UPDATED"), (b, 2, "RETIRED")], next);
        Assert.DoesNotContain(next, c => c.Id == hidden);
        Assert.Empty(again);
        // The draft's own provider sees it in the feed.
        var (mineFeed, _) = await DrainAsync(publisher, cursor);
        Assert.Contains(mineFeed, c => c.Id == hidden);
    }

    [SkippableFact]
    public async Task A_malformed_cursor_is_a_clear_error()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.ClientWithKey(null);

        var response = await client.PostAsync(Feed, new { after = "not-a-cursor", first = 5 });

        Assert.Equal("INVALID_CURSOR", response.FirstErrorCode);
    }
}

public sealed class SqliteChangeFeedTests(SqliteApiFixture fixture) : ChangeFeedTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresChangeFeedTests(PostgresApiFixture fixture) : ChangeFeedTests(fixture), IClassFixture<PostgresApiFixture>;
