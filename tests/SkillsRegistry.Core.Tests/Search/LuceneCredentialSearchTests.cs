using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;
using SkillsRegistry.Core.Search.Lucene;
using Xunit.Abstractions;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>The contract on the embedded Lucene backend, plus what only it has: a directory that can be damaged.</summary>
public sealed class LuceneCredentialSearchTests(SearchDatabaseFixture fixture, ITestOutputHelper output) : CredentialSearchContractTests(fixture)
{
    protected override ICredentialSearch CreateSearch(string directory) => LuceneCredentialSearch.Open(directory);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_corrupted_segment_file_opens_as_unhealthy_and_a_rebuild_restores_results(bool middleOnly)
    {
        var (_, directory, search) = await PrivateIndexAsync();
        search.Dispose();
        var segment = new DirectoryInfo(directory).GetFiles()
            .Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First();
        var bytes = await File.ReadAllBytesAsync(segment.FullName);
        // Garbage over the whole file breaks its header; a few flipped bytes in the middle only its checksum.
        for (var i = middleOnly ? bytes.Length / 2 : 0; i < (middleOnly ? bytes.Length / 2 + 8 : bytes.Length); i++)
            bytes[i] = (byte)~bytes[i];
        await File.WriteAllBytesAsync(segment.FullName, bytes);

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
    public async Task A_second_instance_on_a_locked_index_reports_it_and_never_deletes_it()
    {
        var (_, directory, search) = await PrivateIndexAsync();
        using var _search = search;

        using var second = LuceneCredentialSearch.Open(directory);

        Assert.False(second.Status.IsHealthy);
        Assert.Contains("in use", second.Status.Problem, StringComparison.Ordinal);
        await using var db = Fixture.OpenSeeded();
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.RebuildAsync(db, null, CancellationToken.None));
        Assert.NotEmpty((await search.SearchAsync(Request("python"), CancellationToken.None)).Hits);
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
        using var search = LuceneCredentialSearch.Open(Fixture.NewIndexDirectory());
        await using var db = Fixture.OpenSeeded();
        foreach (var run in new[] { "first rebuild (cold)", "second rebuild (warm)" })
            output.WriteLine($"{run}: {await TimedRebuildAsync(search, db)}");
        var count = search.Status.DocumentCount;
        output.WriteLine(await TimedReadAsync(db));
        output.WriteLine(Latency("search, top 10", i => search.SearchAsync(Request(_queries[i % _queries.Length], take: 10), CancellationToken.None)));
        output.WriteLine(Latency("search, top 10 + facets + highlights", i => search.SearchAsync(Request(_queries[i % _queries.Length], take: 10, facets: true, highlights: true), CancellationToken.None)));
        output.WriteLine(Latency("filter only + facets", _ => search.SearchAsync(Request(filter: new CredentialSearchFilter { Countries = ["DE"] }, take: 10, facets: true), CancellationToken.None)));
        output.WriteLine(Latency("suggest", i => search.SuggestAsync(_queries[i % _queries.Length][..4], [], 10, CancellationToken.None)));
        output.WriteLine(Latency("similar", i => search.SimilarAsync(i % count + 1, 10, CancellationToken.None)));
        Assert.True(count > 0);
    }

    /// <summary>The database side of a rebuild alone: hierarchy, then credentials with their concepts, then suggestion entities.</summary>
    private static async Task<string> TimedReadAsync(RegistryDbContext db)
    {
        var clock = Stopwatch.StartNew();
        var ancestry = await CompetencyAncestry.LoadAsync(db, CancellationToken.None);
        var ids = await db.Credentials.Select(c => c.Id).ToListAsync();
        var documents = await CredentialDocumentLoader.LoadAsync(db, ids, ancestry, CancellationToken.None);
        var credentials = clock.Elapsed;
        var entries = await SuggestionEntryLoader.LoadAsync(db, CancellationToken.None).CountAsync();
        return $"database reads alone: {documents.Count} credential documents in {credentials.TotalMilliseconds:F0} ms, {entries} suggestion entities in {(clock.Elapsed - credentials).TotalMilliseconds:F0} ms";
    }

    private static async Task<string> TimedRebuildAsync(ICredentialSearch search, RegistryDbContext db)
    {
        var clock = Stopwatch.StartNew();
        var (credentialsDone, suggestions) = (TimeSpan.Zero, 0);
        await search.RebuildAsync(db, new SynchronousProgress<SearchRebuildProgress>(p =>
        {
            if (p.Phase == "credentials" && p.Done == p.Total)
                credentialsDone = clock.Elapsed;
            suggestions = p.Phase == "suggestions" ? p.Total : suggestions;
        }), CancellationToken.None);
        var count = search.Status.DocumentCount;
        return $"{count} credentials in {credentialsDone.TotalMilliseconds:F0} ms ({count / credentialsDone.TotalSeconds:F0}/s incl. database reads), "
            + $"then {suggestions} suggestion entities; {clock.Elapsed.TotalMilliseconds:F0} ms in all";
    }

    private static readonly string[] _queries = ["python", "software development", "data analysis", "cloud security", "project management", "developr"];

    private static string Latency(string what, Func<int, Task> run)
    {
        const int Runs = 300;
        for (var i = 0; i < 30; i++)
            run(i).GetAwaiter().GetResult();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run(i).GetAwaiter().GetResult();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return $"{what}: p50 {times[Runs / 2]:F2} ms, p95 {times[Runs * 95 / 100]:F2} ms";
    }
}
