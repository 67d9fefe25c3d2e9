using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    private static readonly TimeSpan _visibleWithin = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_changed_title_is_searchable_within_a_second_of_indexing()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        await using var db = SearchDatabaseFixture.Open(database);
        var credential = await db.Credentials.OrderBy(c => c.Id).Skip(10).FirstAsync();
        credential.Title = "Quokka Husbandry for Zanzibar Engineers";
        credential.UpdatedAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        await db.SaveChangesAsync();

        await search.IndexCredentialsAsync(db, [credential.Id], CancellationToken.None);

        Assert.True(await EventuallyAsync(async () => (await search.SearchAsync(Request("quokka zanzibar"), CancellationToken.None))
            .Hits.Select(h => h.CredentialId).SequenceEqual([credential.Id]), _visibleWithin));
        Assert.Equal(credential.UpdatedAt, search.Status.DataStamp);
        Assert.NotNull(search.Status.LastUpdatedAt);
    }

    [Fact]
    public async Task A_deleted_credential_disappears_within_a_second_of_indexing()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        await using var db = SearchDatabaseFixture.Open(database);
        var credential = await db.Credentials.Where(c => !c.Parts.Any() && !c.PartOf.Any()).OrderBy(c => c.Id).FirstAsync();
        var before = search.Status.DocumentCount;
        db.Credentials.Remove(credential);
        await db.SaveChangesAsync();

        await search.IndexCredentialsAsync(db, [credential.Id], CancellationToken.None);

        Assert.True(await EventuallyAsync(async () => !(await search.SearchAsync(Request(credential.Title), CancellationToken.None))
            .Hits.Any(h => h.CredentialId == credential.Id), _visibleWithin));
        Assert.Equal(before - 1, search.Status.DocumentCount);
    }

    [Fact]
    public async Task Searches_run_while_credentials_are_reindexed()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        await using var db = SearchDatabaseFixture.Open(database);
        var ids = await db.Credentials.OrderBy(c => c.Id).Select(c => c.Id).Take(50).ToListAsync();
        var total = (await search.SearchAsync(Request(take: 0), CancellationToken.None)).TotalCount;
        using var stop = new CancellationTokenSource();
        // The writer starts only once every reader is searching; on a loaded machine the thread pool may otherwise
        // start the readers after the writer has finished, and the test would not test concurrency at all.
        var started = Enumerable.Range(0, 2).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();

        var readers = started.Select(ready => Task.Run(async () =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested)
            {
                var result = await search.SearchAsync(Request("software", take: 10, facets: true), CancellationToken.None);
                Assert.Equal(total, (await search.SearchAsync(Request(take: 0), CancellationToken.None)).TotalCount);
                Assert.NotEmpty(result.Hits);
                searches++;
                ready.TrySetResult();
            }
            return searches;
        })).ToList();
        // A reader that fails before its first search ends the wait too; its exception surfaces below.
        await Task.WhenAny(Task.WhenAll(started.Select(s => s.Task)), Task.WhenAll(readers));
        foreach (var chunk in ids.Chunk(5))
            await search.IndexCredentialsAsync(db, chunk, CancellationToken.None);
        await stop.CancelAsync();

        Assert.All(await Task.WhenAll(readers), n => Assert.True(n > 0));
    }

    [Fact]
    public async Task The_status_reports_a_healthy_index_of_every_credential()
    {
        var search = await SharedAsync();
        await using var db = Fixture.OpenSeeded();
        var stamps = await db.Credentials.Select(c => c.UpdatedAt).ToListAsync();

        var status = search.Status;

        Assert.Equal((stamps.Count, true, null), (status.DocumentCount, status.IsHealthy, status.Problem));
        Assert.Equal(stamps.Max(), status.DataStamp);
        Assert.NotNull(status.LastRebuiltAt);
    }
}
