using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Fact]
    public async Task A_missing_index_opens_as_unhealthy_and_a_rebuild_fills_it()
    {
        using var search = CreateSearch(Fixture.NewIndexDirectory());

        Assert.Equal((0, false), (search.Status.DocumentCount, search.Status.IsHealthy));
        Assert.NotNull(search.Status.Problem);

        await using var db = Fixture.OpenSeeded();
        await search.RebuildAsync(db, null, CancellationToken.None);
        Assert.True(search.Status.IsHealthy);
        Assert.NotEmpty((await search.SearchAsync(Request("python"), CancellationToken.None)).Hits);
    }

    [Fact]
    public async Task A_reopened_index_keeps_its_documents_and_stamps()
    {
        var (_, directory, search) = await PrivateIndexAsync();
        var before = search.Status;
        search.Dispose();

        using var reopened = CreateSearch(directory);

        Assert.Equal(before, reopened.Status);
    }

    [Fact]
    public async Task Rebuild_reports_progress_to_the_end()
    {
        using var search = CreateSearch(Fixture.NewIndexDirectory());
        var reports = new List<SearchRebuildProgress>();
        await using var db = Fixture.OpenSeeded();

        await search.RebuildAsync(db, new SynchronousProgress<SearchRebuildProgress>(reports.Add), CancellationToken.None);

        Assert.Contains(reports, r => r.Phase == "credentials" && r.Done == r.Total && r.Total == search.Status.DocumentCount);
        Assert.Contains(reports, r => r.Phase == "suggestions" && r.Done == r.Total);
    }

    [Fact]
    public async Task Searches_during_a_rebuild_see_the_whole_previous_index()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        var total = (await search.SearchAsync(Request(take: 0), CancellationToken.None)).TotalCount;
        var counts = new List<int>();
        await using var db = SearchDatabaseFixture.Open(database);

        await search.RebuildAsync(db, new SynchronousProgress<SearchRebuildProgress>(_ =>
            counts.Add(search.SearchAsync(Request(take: 0), CancellationToken.None).Result.TotalCount)), CancellationToken.None);

        Assert.NotEmpty(counts);
        Assert.All(counts, c => Assert.Equal(total, c));
    }

    [Fact]
    public async Task A_cancelled_rebuild_leaves_the_previous_index_in_place()
    {
        var (database, directory, search) = await PrivateIndexAsync();
        var before = search.Status;
        using var cancel = new CancellationTokenSource();
        await using var db = SearchDatabaseFixture.Open(database);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            search.RebuildAsync(db, new SynchronousProgress<SearchRebuildProgress>(_ => cancel.Cancel()), cancel.Token));

        Assert.Equal(before, search.Status);
        Assert.NotEmpty((await search.SearchAsync(Request("python"), CancellationToken.None)).Hits);
        search.Dispose();
        using var reopened = CreateSearch(directory);
        Assert.Equal(before, reopened.Status);
    }
}
