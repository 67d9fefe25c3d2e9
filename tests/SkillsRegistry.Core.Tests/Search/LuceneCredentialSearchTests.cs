using System.Diagnostics;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>The contract on the embedded Lucene backend, plus what only it has: a directory that can be damaged.</summary>
public sealed class LuceneCredentialSearchTests(SearchDatabaseFixture fixture, ITestOutputHelper output) : CredentialSearchContractTests(fixture)
{
    protected override ICredentialSearch CreateSearch(string directory) => LuceneCredentialSearch.Open(directory);

    [Fact]
    public async Task A_corrupted_segment_file_opens_as_unhealthy_and_a_rebuild_restores_results()
    {
        var (_, directory, search) = await PrivateIndexAsync();
        search.Dispose();
        var segment = new DirectoryInfo(directory).GetFiles()
            .Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First();
        await File.WriteAllBytesAsync(segment.FullName, Enumerable.Repeat((byte)0x5A, (int)segment.Length).ToArray());

        using var damaged = LuceneCredentialSearch.Open(directory);

        Assert.False(damaged.Status.IsHealthy);
        Assert.Contains("rebuild", damaged.Status.Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => damaged.SearchAsync(Request("python"), CancellationToken.None));
        await using var db = Fixture.OpenSeeded();
        await damaged.RebuildAsync(db, null, CancellationToken.None);
        Assert.True(damaged.Status.IsHealthy);
        Assert.NotEmpty((await damaged.SearchAsync(Request("python"), CancellationToken.None)).Hits);
    }

    [Fact]
    public void Snippets_escape_html_and_mark_analysed_matches()
    {
        using var analyzer = SearchAnalyzers.English();
        var terms = SearchAnalyzers.Terms(analyzer, IndexFields.Title, "developing").ToHashSet();

        var snippets = SnippetHighlighter.Highlight(analyzer, terms, "C++ & <Developers>", "Nothing here.");

        Assert.Equal(["C++ &amp; &lt;<em>Developers</em>&gt;"], snippets);
    }

    [Fact]
    public async Task Timing_of_rebuild_and_queries_is_reported()
    {
        var search = await SharedAsync();
        var queries = new[] { "python", "software development", "data analysis", "cloud security", "project management" };
        foreach (var q in queries)
            await search.SearchAsync(Request(q, take: 10, facets: true), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        const int Rounds = 40;
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var q in queries)
                await search.SearchAsync(Request(q, take: 10, facets: i % 2 == 0), CancellationToken.None);
        }
        var perQuery = clock.Elapsed.TotalMilliseconds / (Rounds * queries.Length);
        var (elapsed, credentials) = Fixture.SharedRebuild;
        output.WriteLine($"rebuild: {credentials} credentials + suggestions in {elapsed.TotalMilliseconds:F0} ms ({credentials / elapsed.TotalSeconds:F0} credentials/s); query: {perQuery:F2} ms mean (top 10, facets on half)");
        Assert.True(perQuery > 0);
    }
}
