namespace SkillsRegistry.Core.Tests.Search;

public abstract partial class CredentialSearchContractTests
{
    [Fact]
    public async Task A_cancelled_token_stops_search_suggest_and_similar_with_OperationCanceledException_only()
    {
        var search = await SharedAsync();
        var python = (await SearchAsync(Request("python"))).Hits[0].CredentialId;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            search.SearchAsync(Request("python", facets: true, highlights: true), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.SuggestAsync("pyth", [], 5, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.SimilarAsync(python, 5, cancelled.Token));

        Assert.True(search.Status.IsHealthy);
        Assert.NotEmpty((await SearchAsync(Request("python"))).Hits);
    }

    [Fact]
    public async Task A_cancelled_rebuild_or_update_leaves_the_index_as_it_was()
    {
        var (database, _, search) = await PrivateIndexAsync();
        using var _search = search;
        var before = search.Status;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var db = SearchDatabaseFixture.Open(database);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.RebuildAsync(db, null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search.IndexCredentialsAsync(db, [1, 2], cancelled.Token));

        Assert.Equal(before, search.Status);
        Assert.Equal(before, search.CheckIndex());
    }
}
