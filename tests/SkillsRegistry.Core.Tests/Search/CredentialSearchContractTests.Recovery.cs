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
}
