using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>
/// What every <see cref="ICredentialSearch"/> backend must do, checked against the seeded database. A backend's test
/// class derives from this and supplies <see cref="CreateSearch"/>; reading tests share one index per class, writing
/// tests build their own from a private copy of the database.
/// </summary>
public abstract partial class CredentialSearchContractTests(SearchDatabaseFixture fixture) : IClassFixture<SearchDatabaseFixture>
{
    protected const string PythonUri = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d";
    protected const string ComputerProgrammingUri = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97";
    protected const string SoftwareGroupUri = "http://data.europa.eu/esco/isced-f/0613";

    protected SearchDatabaseFixture Fixture { get; } = fixture;

    /// <summary>A backend whose index lives in <paramref name="directory"/> (which may hold a damaged index).</summary>
    protected abstract ICredentialSearch CreateSearch(string directory);

    protected Task<ICredentialSearch> SharedAsync() => Fixture.SharedSearchAsync(CreateSearch);

    protected static CredentialSearchRequest Request(
        string? text = null, CredentialSearchFilter? filter = null, CredentialSearchSort sort = CredentialSearchSort.Relevance,
        int skip = 0, int take = 1000, bool facets = false, bool highlights = false) =>
        new(text, filter ?? CredentialSearchFilter.None, sort, skip, take, facets, highlights);

    protected async Task<CredentialSearchResult> SearchAsync(CredentialSearchRequest request) =>
        await (await SharedAsync()).SearchAsync(request, CancellationToken.None);

    protected async Task<HashSet<int>> IdsAsync(string? text = null, CredentialSearchFilter? filter = null) =>
        (await SearchAsync(Request(text, filter))).Hits.Select(h => h.CredentialId).ToHashSet();

    /// <summary>A writable database copy and an index rebuilt from it, for tests that change either.</summary>
    protected async Task<(string Database, string IndexDirectory, ICredentialSearch Search)> PrivateIndexAsync()
    {
        var database = Fixture.NewDatabase();
        var directory = Fixture.NewIndexDirectory();
        var search = CreateSearch(directory);
        await using var db = SearchDatabaseFixture.Open(database);
        await search.RebuildAsync(db, null, CancellationToken.None);
        return (database, directory, search);
    }

    /// <summary>Polls until the condition holds or the time is up; returns whether it held.</summary>
    protected static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        do
        {
            if (await condition())
                return true;
            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        return await condition();
    }
}
