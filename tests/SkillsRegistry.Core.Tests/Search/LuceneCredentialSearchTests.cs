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
    public async Task An_index_directory_deleted_while_open_is_found_unhealthy_and_rebuilt_in_place()
    {
        var (database, directory, search) = await PrivateIndexAsync();
        using var _search = search;

        Directory.Delete(directory, recursive: true);

        Assert.False(search.CheckIndex().IsHealthy);
        Assert.Contains("disappeared", search.Status.Problem, StringComparison.Ordinal);
        await using var db = SearchDatabaseFixture.Open(database);
        await search.RebuildAsync(db, null, CancellationToken.None);
        Assert.True(search.CheckIndex().IsHealthy);
        Assert.True(Directory.EnumerateFiles(directory, "segments_*").Any());
        Assert.NotEmpty((await search.SearchAsync(Request("python"), CancellationToken.None)).Hits);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Index_files_overwritten_while_open_are_found_unhealthy_and_rebuilt(bool truncated)
    {
        var (database, directory, search) = await PrivateIndexAsync();
        using var _search = search;

        foreach (var file in Directory.GetFiles(directory).Where(f => Path.GetFileName(f) != "write.lock"))
            await File.WriteAllBytesAsync(file, new byte[truncated ? 16 : new FileInfo(file).Length]);
        try
        {
            // The searcher may still answer from what it had read, or fail: either way the process keeps serving.
            await search.SearchAsync(Request("python", facets: true, highlights: true), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Assert.False(search.Status.IsHealthy);
        }

        Assert.False(search.CheckIndex().IsHealthy);
        await using var db = SearchDatabaseFixture.Open(database);
        await search.RebuildAsync(db, null, CancellationToken.None);
        Assert.True(search.CheckIndex().IsHealthy);
        Assert.NotEmpty((await search.SearchAsync(Request("python"), CancellationToken.None)).Hits);
    }

    [Fact]
    public void A_token_cancelled_while_collecting_stops_the_search_loop()
    {
        using var directory = new global::Lucene.Net.Store.RAMDirectory();
        using (var writer = new global::Lucene.Net.Index.IndexWriter(directory,
            new global::Lucene.Net.Index.IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForWriter())))
        {
            for (var i = 0; i < 10_000; i++)
                writer.AddDocument([new global::Lucene.Net.Documents.StringField("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture), global::Lucene.Net.Documents.Field.Store.NO)]);
        }
        using var reader = global::Lucene.Net.Index.DirectoryReader.Open(directory);
        using var cancellation = new CancellationTokenSource();
        var collected = 0;
        var counting = new CountingCollector(() =>
        {
            if (++collected == 10)
                cancellation.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => new global::Lucene.Net.Search.IndexSearcher(reader)
            .Search(new global::Lucene.Net.Search.MatchAllDocsQuery(), new CancellableCollector(counting, cancellation.Token)));

        Assert.InRange(collected, 10, CancellableCollector.CheckInterval);
    }

    private sealed class CountingCollector(Action onCollect) : global::Lucene.Net.Search.ICollector
    {
        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(global::Lucene.Net.Search.Scorer scorer)
        {
        }

        public void SetNextReader(global::Lucene.Net.Index.AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => onCollect();
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
    public void Exact_match_fields_index_each_listed_value_as_one_unchanged_token()
    {
        using var analyzer = SearchAnalyzers.ForWriter();
        var uri = "http://data.europa.eu/esco/skill/" + new string('x', 300);
        var list = string.Join(ValueListTokenizer.Separator, ["DE-BY", "", "de", uri, "Python (computer programming)"]);

        Assert.Equal(["DE-BY", "de", uri, "Python (computer programming)"], SearchAnalyzers.Terms(analyzer, IndexFields.CompetencyUri, list));
        // Longer than the tokenizer's first buffer, then a short list through the same reused tokenizer.
        var many = Enumerable.Range(0, 200).Select(i => $"http://data.europa.eu/esco/skill/{i:D4}-{new string('y', 40)}").ToList();
        Assert.Equal(many, SearchAnalyzers.Terms(analyzer, IndexFields.CompetencyUri, string.Join(ValueListTokenizer.Separator, many)));
        Assert.Equal(["DE"], SearchAnalyzers.Terms(analyzer, IndexFields.Region, "DE"));
        // The id and doc type are lists of one value.
        Assert.Equal(["42"], SearchAnalyzers.Terms(analyzer, IndexFields.Id, "42"));
        Assert.Equal([IndexFields.CredentialType], SearchAnalyzers.Terms(analyzer, IndexFields.DocType, IndexFields.CredentialType));
        Assert.Empty(SearchAnalyzers.Terms(analyzer, IndexFields.Language, ""));
        // Text fields keep the English analysis.
        Assert.Equal(["python", "program"], SearchAnalyzers.Terms(analyzer, IndexFields.Title, "Python programming"));
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
