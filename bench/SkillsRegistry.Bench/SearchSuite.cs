using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Bench;

internal sealed record SuiteOptions(int Count, int Seed, string DataRoot, string RepoRoot, string ApiDll, double SecondsPerCell,
    int MaxRequestsPerCell, TimeSpan ImportBudget, int PerFile, bool SkipHttp, bool SkipPostgres, string? Work = null, bool Reuse = false, bool ReuseIndex = false);

/// <summary>The search benchmark: scratch database, imports, index build, the query mix in-process and over HTTP.</summary>
internal sealed class SearchSuite(SuiteOptions options)
{
    private const string SearchDocument = "query($q:String,$f:CredentialSearchFilter){searchCredentials(query:$q,filter:$f,first:20){totalCount edges{score node{id title}}}}";
    private const string FacetDocument = "query($q:String,$f:CredentialSearchFilter){searchCredentials(query:$q,filter:$f,first:20){totalCount edges{score node{id title}} facets{field values{value count}}}}";
    private static readonly int[] _concurrencies = [1, 8, 32];

    private readonly Results _results = new();

    public async Task<string> RunAsync()
    {
        _results.Count = options.Count;
        _results.Seed = options.Seed;
        _results.LoadBefore = Machine.LoadAverage();
        var work = options.Work ?? Path.Combine(options.RepoRoot, "bench", "work", $"search-{options.Count}");
        var dataDir = Path.Combine(work, "data");
        var connection = BenchData.ConnectionString(dataDir);

        Step("Loading ESCO taxonomy");
        var taxonomy = Taxonomy.Load(options.DataRoot);
        var mix = QueryMix.Build(taxonomy);
        _results.Words = QueryMix.Words(taxonomy);

        var prepared = await BenchData.PrepareAsync(work, options.Count, options.Seed, options.DataRoot, options.PerFile, options.ImportBudget, reuse: options.Reuse);
        _results.EscoSeconds = prepared.EscoSeconds;
        _results.EscoRows = prepared.EscoRows;
        _results.GenerateSeconds = prepared.GenerateSeconds;
        _results.CatalogueBytes = prepared.CatalogueBytes;
        _results.ImportSeconds = prepared.ImportSeconds;
        _results.ImportPeakMb = prepared.ImportPeakMb;
        _results.ImportRejected = prepared.ImportRejected;
        _results.ImportUnresolved = prepared.ImportUnresolved;
        _results.Credentials = prepared.Credentials;
        _results.Published = prepared.Published;
        _results.Alignments = prepared.Alignments;
        _results.Providers = prepared.Providers;
        _results.Notes.AddRange(prepared.Notes);
        await using (var db = Open(connection, tracking: false))
        {
            // The API's indexer drains the outbox; a full rebuild covers it (as SearchIndexer does).
            await db.SearchOutbox.ExecuteDeleteAsync();
        }

        var indexDir = Path.Combine(dataDir, "search");
        using (var search = LuceneCredentialSearch.Open(indexDir))
        {
            if (options.ReuseIndex && search.Status.IsHealthy && search.Status.DocumentCount == prepared.Credentials)
            {
                Step($"Reusing the Lucene index ({search.Status.DocumentCount:N0} documents): build rate not measured this run");
            }
            else
            {
                Step("Building the Lucene index (RebuildAsync)");
                await using var db = Open(connection, tracking: false);
                var sw = Stopwatch.StartNew();
                await search.RebuildAsync(db, null, CancellationToken.None);
                _results.IndexSeconds = sw.Elapsed.TotalSeconds;
                Console.WriteLine($"  {search.Status.DocumentCount:N0} documents in {_results.IndexSeconds:F1} s = {_results.Credentials / _results.IndexSeconds:F0} credentials/s; healthy {search.Status.IsHealthy}");
            }
            _results.IndexDocuments = search.Status.DocumentCount;
            _results.IndexBytes = Directory.EnumerateFiles(indexDir).Sum(f => new FileInfo(f).Length);

            Step("In-process queries (ICredentialSearch.SearchAsync)");
            foreach (var mode in QueryMix.Modes)
            {
                var cases = mix[mode];
                var first = Stopwatch.StartNew();
                var sample = await search.SearchAsync(cases[0].Request, CancellationToken.None);
                _results.FirstQueryMs[mode] = first.Elapsed.TotalMilliseconds;
                _results.SampleHits[mode] = sample.TotalCount;
                foreach (var c in _concurrencies)
                {
                    _results.Measurements.Add(await LoadRunner.RunAsync("in-process", mode, c, options.MaxRequestsPerCell,
                        TimeSpan.FromSeconds(options.SecondsPerCell), cases.Count,
                        (i, ct) => search.SearchAsync(cases[i % cases.Count].Request, ct)));
                }
            }
        }

        if (!options.SkipHttp)
            await RunHttpAsync(dataDir, mix);
        if (!options.SkipPostgres)
            await PostgresFts.RunAsync(connection, _results, taxonomy, options);

        _results.LoadAfter = Machine.LoadAverage();
        var resultsDir = Path.Combine(options.RepoRoot, "bench", "results");
        Directory.CreateDirectory(resultsDir);
        // The default size keeps the plain name; other sizes get theirs, so runs of one day at several N do not overwrite each other.
        var suffix = options.Count == 100_000 ? "" : string.Create(CultureInfo.InvariantCulture, $"-{options.Count}");
        var path = Path.Combine(resultsDir, string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}-search{suffix}.md"));
        await File.WriteAllTextAsync(path, _results.ToMarkdown());
        Console.WriteLine($"Results: {path}");
        return path;
    }

    private async Task RunHttpAsync(string dataDir, IReadOnlyDictionary<string, IReadOnlyList<QueryCase>> mix)
    {
        Step("Starting the API (child process) for GraphQL over HTTP");
        // This suite asks no gap questions: without this the gap index (about 30 s to build at 1M) would load in the
        // background on the same two cores while the first cells run.
        await using var api = await ApiProcess.StartAsync(options.ApiDll, dataDir, ["--Gaps:WarmUpOnStartup=false"]);
        _results.ApiReadySeconds = api.ReadySeconds;
        // A fresh process still JIT-compiles and tiers up: warm every mode for a few seconds before the first cell.
        var warm = Stopwatch.StartNew();
        var warmBodies = mix.Values.SelectMany(v => v).Select(c => new JsonObject
        {
            ["query"] = c.Request.IncludeFacets ? FacetDocument : SearchDocument,
            ["variables"] = c.Variables.DeepClone(),
        }.ToJsonString()).ToArray();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(5) && i < 2000; i++)
            await api.PostAsync(warmBodies[i % warmBodies.Length], CancellationToken.None);

        foreach (var mode in QueryMix.Modes)
        {
            var cases = mix[mode];
            var bodies = cases.Select(c => new JsonObject
            {
                ["query"] = c.Request.IncludeFacets ? FacetDocument : SearchDocument,
                ["variables"] = c.Variables.DeepClone(),
            }.ToJsonString()).ToArray();
            var sampleBody = await api.PostAsync(bodies[0], CancellationToken.None);
            var total = JsonNode.Parse(sampleBody)?["data"]?["searchCredentials"]?["totalCount"]?.GetValue<int>();
            _results.SampleHttpHits[mode] = total ?? -1;
            _results.SampleHttpEdges[mode] = (JsonNode.Parse(sampleBody)?["data"]?["searchCredentials"]?["edges"] as JsonArray)?.Count ?? -1;
            if (total is null)
                Console.Error.WriteLine($"  unexpected response: {sampleBody[..Math.Min(400, sampleBody.Length)]}");
            foreach (var c in _concurrencies)
            {
                _results.Measurements.Add(await LoadRunner.RunAsync("graphql-http", mode, c, options.MaxRequestsPerCell,
                    TimeSpan.FromSeconds(options.SecondsPerCell), bodies.Length,
                    (i, ct) => api.PostAsync(bodies[i % bodies.Length], ct)));
            }
        }
    }

    internal static SqliteRegistryDbContext Open(string connection, bool tracking) => BenchData.Open(connection, tracking);

    private static void Step(string text) => BenchData.Step(text);
}
