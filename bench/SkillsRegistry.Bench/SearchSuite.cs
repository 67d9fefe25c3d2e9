using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Bench;

internal sealed record SuiteOptions(int Count, int Seed, string DataRoot, string RepoRoot, string ApiDll, double SecondsPerCell,
    int MaxRequestsPerCell, TimeSpan ImportBudget, int PerFile, bool SkipHttp, bool SkipPostgres);

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
        var work = Path.Combine(options.RepoRoot, "bench", "work", $"search-{options.Count}");
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        var dataDir = Path.Combine(work, "data");
        Directory.CreateDirectory(dataDir);
        var dbPath = Path.Combine(dataDir, "registry.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString();

        Step("Loading ESCO taxonomy");
        var taxonomy = Taxonomy.Load(options.DataRoot);
        var mix = QueryMix.Build(taxonomy);
        _results.Words = QueryMix.Words(taxonomy);

        Step("Migrating and importing full ESCO v1.1.1");
        await using (var db = Open(connection, tracking: true))
        {
            await db.Database.MigrateAsync();
            var sw = Stopwatch.StartNew();
            var esco = await Importers.RunAsync(ImportFormat.Esco, db, Taxonomy.CsvDirectory(options.DataRoot), null, null, CancellationToken.None);
            _results.EscoSeconds = sw.Elapsed.TotalSeconds;
            _results.EscoRows = esco.Counts.Values.Sum(c => c.Total);
        }

        Step($"Generating {options.Count:N0} credentials");
        var gen = Stopwatch.StartNew();
        var files = new Generator(taxonomy, options.Count, options.Seed).Write(Path.Combine(work, "catalogue.json"), options.PerFile);
        _results.GenerateSeconds = gen.Elapsed.TotalSeconds;
        _results.CatalogueBytes = files.Sum(f => new FileInfo(f).Length);

        Step($"Importing {files.Count} catalogue file(s) through CatalogueImporter");
        var import = Stopwatch.StartNew();
        var imported = 0;
        var rejected = 0;
        var unresolved = 0;
        foreach (var file in files)
        {
            if (import.Elapsed > options.ImportBudget)
            {
                _results.Notes.Add($"Catalogue import stopped after {import.Elapsed.TotalMinutes:F1} min (budget {options.ImportBudget.TotalMinutes:F0} min): {files.Count - files.IndexOf(file)} of {files.Count} files not imported.");
                break;
            }
            await using var db = Open(connection, tracking: true);
            var chunk = Stopwatch.StartNew();
            var report = await Importers.RunAsync(ImportFormat.Catalogue, db, file, null, null, CancellationToken.None);
            var done = report.Counts.TryGetValue("Credential", out var c) ? c.Inserted : report.Counts.Values.Where(v => v.Inserted > 0).Select(v => v.Inserted).DefaultIfEmpty().Max();
            imported += done;
            rejected += report.Rejected.Count;
            unresolved += report.Unresolved.Values.Sum();
            Console.WriteLine($"  {Path.GetFileName(file)}: {string.Join(", ", report.Counts.Select(kv => $"{kv.Key} +{kv.Value.Inserted}"))} in {chunk.Elapsed.TotalSeconds:F1} s; rejected {report.Rejected.Count}; working set {Environment.WorkingSet / 1048576} MB");
        }
        _results.ImportSeconds = import.Elapsed.TotalSeconds;
        _results.ImportPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
        _results.ImportRejected = rejected;
        _results.ImportUnresolved = unresolved;

        await using (var db = Open(connection, tracking: false))
        {
            _results.Credentials = await db.Credentials.CountAsync();
            _results.Published = await db.Credentials.CountAsync(x => x.Status == Core.Model.CredentialStatus.Published);
            _results.Alignments = await db.Alignments.CountAsync();
            _results.Providers = await db.Providers.CountAsync();
            // The API's indexer drains the outbox; a full rebuild covers it (as SearchIndexer does).
            await db.SearchOutbox.ExecuteDeleteAsync();
        }
        Console.WriteLine($"  {_results.Credentials:N0} credentials ({imported:N0} inserted) in {_results.ImportSeconds:F1} s = {_results.Credentials / _results.ImportSeconds:F0}/s");

        Step("Building the Lucene index (RebuildAsync)");
        var indexDir = Path.Combine(dataDir, "search");
        using (var search = LuceneCredentialSearch.Open(indexDir))
        {
            await using (var db = Open(connection, tracking: false))
            {
                var sw = Stopwatch.StartNew();
                await search.RebuildAsync(db, null, CancellationToken.None);
                _results.IndexSeconds = sw.Elapsed.TotalSeconds;
            }
            _results.IndexDocuments = search.Status.DocumentCount;
            _results.IndexBytes = Directory.EnumerateFiles(indexDir).Sum(f => new FileInfo(f).Length);
            Console.WriteLine($"  {search.Status.DocumentCount:N0} documents in {_results.IndexSeconds:F1} s = {_results.Credentials / _results.IndexSeconds:F0} credentials/s; healthy {search.Status.IsHealthy}");

            Step("In-process queries (ICredentialSearch.SearchAsync)");
            foreach (var mode in QueryMix.Modes)
            {
                var cases = mix[mode];
                var sample = await search.SearchAsync(cases[0].Request, CancellationToken.None);
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
        var port = FreePort();
        var log = Path.Combine(dataDir, "..", "api.log");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(options.ApiDll)!,
        };
        foreach (var a in new[] { options.ApiDll, "--urls", $"http://127.0.0.1:{port}", $"--Registry:DataDirectory={dataDir}", "--Seed:OnStartup=false", "--Logging:LogLevel:Default=Warning", "--RateLimits:Enabled=false" })
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        using var api = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        await using var logWriter = new StreamWriter(log) { AutoFlush = true };
        api.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (logWriter) logWriter.WriteLine(e.Data); };
        api.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (logWriter) logWriter.WriteLine(e.Data); };
        api.BeginOutputReadLine();
        api.BeginErrorReadLine();
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
            var ready = Stopwatch.StartNew();
            while (true)
            {
                if (api.HasExited)
                    throw new InvalidOperationException($"The API exited with {api.ExitCode}; see {log}.");
                if (ready.Elapsed > TimeSpan.FromMinutes(5))
                    throw new TimeoutException($"The API was not ready within 5 minutes; see {log}.");
                try
                {
                    using var r = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                    if (r.StatusCode == HttpStatusCode.OK)
                        break;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(250);
            }
            _results.ApiReadySeconds = ready.Elapsed.TotalSeconds;
            Console.WriteLine($"  ready in {ready.Elapsed.TotalSeconds:F1} s on port {port}");
            // A fresh process still JIT-compiles and tiers up: warm every mode for a few seconds before the first cell.
            var warm = Stopwatch.StartNew();
            var warmBodies = mix.Values.SelectMany(v => v).Select(c => new JsonObject
            {
                ["query"] = c.Request.IncludeFacets ? FacetDocument : SearchDocument,
                ["variables"] = c.Variables.DeepClone(),
            }.ToJsonString()).ToArray();
            for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(5) && i < 2000; i++)
                await PostAsync(http, warmBodies[i % warmBodies.Length], CancellationToken.None);

            foreach (var mode in QueryMix.Modes)
            {
                var cases = mix[mode];
                var bodies = cases.Select(c => new JsonObject
                {
                    ["query"] = c.Request.IncludeFacets ? FacetDocument : SearchDocument,
                    ["variables"] = c.Variables.DeepClone(),
                }.ToJsonString()).ToArray();
                var sampleBody = await PostAsync(http, bodies[0], CancellationToken.None);
                var total = JsonNode.Parse(sampleBody)?["data"]?["searchCredentials"]?["totalCount"]?.GetValue<int>();
                _results.SampleHttpHits[mode] = total ?? -1;
                _results.SampleHttpEdges[mode] = (JsonNode.Parse(sampleBody)?["data"]?["searchCredentials"]?["edges"] as JsonArray)?.Count ?? -1;
                if (total is null)
                    Console.Error.WriteLine($"  unexpected response: {sampleBody[..Math.Min(400, sampleBody.Length)]}");
                foreach (var c in _concurrencies)
                {
                    _results.Measurements.Add(await LoadRunner.RunAsync("graphql-http", mode, c, options.MaxRequestsPerCell,
                        TimeSpan.FromSeconds(options.SecondsPerCell), bodies.Length,
                        (i, ct) => PostAsync(http, bodies[i % bodies.Length], ct)));
                }
            }
        }
        finally
        {
            if (!api.HasExited)
            {
                api.Kill(entireProcessTree: true);
                await api.WaitForExitAsync();
            }
        }
    }

    private static async Task<string> PostAsync(HttpClient http, string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
            throw new HttpRequestException($"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        return text;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static SqliteRegistryDbContext Open(string connection, bool tracking) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite(connection)
            .UseQueryTrackingBehavior(tracking ? QueryTrackingBehavior.TrackAll : QueryTrackingBehavior.NoTracking)
            .Options);

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {text}");
}
