using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Gaps;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Bench;

internal sealed record GapsOptions(int Count, int Seed, string DataRoot, string RepoRoot, string ApiDll, double SecondsPerCell,
    int MaxRequestsPerCell, TimeSpan ImportBudget, int PerFile, bool Fresh, int CoverageRuns);

/// <summary>
/// The gap benchmark: the search suite's database (shared generator and import), then skillGap for a fixed mix of ESCO
/// occupations over GraphQL/HTTP (the index-backed API) and as one straightforward SQL query, and coverage of every
/// ESCO occupation × 10 regions.
/// </summary>
internal sealed class GapsSuite(GapsOptions options)
{
    public const string SkillGapDocument = """
        query($o: ID!, $r: String!) { skillGap(target: { occupation: $o }, supply: { regions: [$r], maxEqfLevel: 6 }) {
          requiredCount coveredCount coveragePercent weightedCoveragePercent priority
          requirements { covered credentialCount providerCount competency { id } best { fit costAmount costCurrency credential { id title } } } } }
        """;

    public const string CoverageDocument = """
        query($o: [ID!]!, $r: [String!]!) { coverage(occupations: $o, regions: $r) {
          cells { occupation { id } region essentialCount coveredEssentialCount coveragePercent weightedCoveragePercent credentialCount priority } } }
        """;

    /// <summary>Per requirement: credentials passing the filter whose Teaches/Assesses competency is the requirement or up to 2 levels narrower.</summary>
    public const string BaselineSql = """
        WITH req AS (SELECT CompetencyId, Relation FROM Requirements WHERE OccupationId = $o),
        sat(ReqId, SatId, Fit) AS (
          SELECT CompetencyId, CompetencyId, 1.0 FROM req
          UNION ALL SELECT req.CompetencyId, h1.NarrowerId, 0.8 FROM req JOIN CompetencyHierarchy h1 ON h1.BroaderId = req.CompetencyId
          UNION ALL SELECT req.CompetencyId, h2.NarrowerId, 0.64 FROM req
            JOIN CompetencyHierarchy h1 ON h1.BroaderId = req.CompetencyId JOIN CompetencyHierarchy h2 ON h2.BroaderId = h1.NarrowerId),
        cov AS (
          SELECT s.ReqId, c.Id AS CredentialId, c.ProviderId, MAX(s.Fit) AS Fit
          FROM sat s
          JOIN Alignments a ON a.CompetencyId = s.SatId AND a.Type <> 'Requires'
          JOIN Credentials c ON c.Id = a.CredentialId
          WHERE c.Status = 'Published' AND c.EqfLevel <= $eqf
            AND EXISTS (SELECT 1 FROM json_each(c.Regions) j WHERE upper(j.value) = upper($r) OR j.value LIKE $r || '-%')
          GROUP BY s.ReqId, c.Id)
        SELECT req.CompetencyId, req.Relation, COUNT(cov.CredentialId), COUNT(DISTINCT cov.ProviderId), COALESCE(MAX(cov.Fit), 0)
        FROM req LEFT JOIN cov ON cov.ReqId = req.CompetencyId
        GROUP BY req.CompetencyId, req.Relation ORDER BY req.CompetencyId
        """;

    private static readonly string[] _mixRegions = ["DE", "FR", "US", "ES", "PL", "NL"];
    private static readonly string[] _coverageRegions = ["DE", "FR", "US", "ES", "IT", "NL", "PL", "SE", "AT", "BE"];
    private static readonly int[] _concurrencies = [1, 8];
    private const int MixSize = 24;
    private const int MaxEqf = 6;

    private readonly GapsResults _results = new();

    public async Task<string> RunAsync()
    {
        _results.Count = options.Count;
        _results.Seed = options.Seed;
        _results.LoadBefore = Machine.LoadAverage();
        var work = Path.Combine(options.RepoRoot, "bench", "work", $"gaps-{options.Count}");
        var dataDir = Path.Combine(work, "data");
        var connection = BenchData.ConnectionString(dataDir);
        _results.Prepared = await BenchData.PrepareAsync(work, options.Count, options.Seed, options.DataRoot, options.PerFile, options.ImportBudget, reuse: !options.Fresh);

        List<(int Occupation, string Region)> mix;
        List<int> escoOccupations;
        await using (var db = BenchData.Open(connection, tracking: false))
        {
            _results.Credentials = await db.Credentials.CountAsync();
            _results.Published = await db.Credentials.CountAsync(c => c.Status == CredentialStatus.Published);
            _results.Alignments = await db.Alignments.CountAsync();
            _results.Providers = await db.Providers.CountAsync();
            escoOccupations = await db.Occupations.Where(o => o.Framework.Key.StartsWith("esco") && o.Kind == OccupationKind.Occupation)
                .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
            var candidates = await db.Occupations.Where(o => o.Framework.Key.StartsWith("esco") && o.Kind == OccupationKind.Occupation && o.Requirements.Count >= 10)
                .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
            var step = Math.Max(1, candidates.Count / MixSize);
            mix = [.. candidates.Where((_, i) => i % step == 0).Take(MixSize).Select((o, i) => (o, _mixRegions[i % _mixRegions.Length]))];
            _results.MixRequirements = await db.Requirements.CountAsync(r => mix.Select(m => m.Occupation).Contains(r.OccupationId));
        }
        _results.MixSize = mix.Count;
        _results.EscoOccupations = escoOccupations.Count;
        _results.CoverageRegions = _coverageRegions;

        await InProcessAsync(connection, mix, escoOccupations);
        var baseline = await BaselineAsync(connection, mix);
        await HttpAsync(dataDir, mix, escoOccupations, baseline);

        _results.LoadAfter = Machine.LoadAverage();
        var resultsDir = Path.Combine(options.RepoRoot, "bench", "results");
        Directory.CreateDirectory(resultsDir);
        var path = Path.Combine(resultsDir, string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}-gaps.md"));
        await File.WriteAllTextAsync(path, _results.ToMarkdown());
        Console.WriteLine($"Results: {path}");
        return path;
    }

    /// <summary>The index in this process: build time, memory, and the engines without HTTP.</summary>
    private async Task InProcessAsync(string connection, List<(int Occupation, string Region)> mix, List<int> escoOccupations)
    {
        BenchData.Step("Building the gap index in-process (GapIndexLoader.LoadAsync)");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        GapIndex index;
        await using (var db = BenchData.Open(connection, tracking: false))
            index = await GapIndexLoader.LoadAsync(db, CancellationToken.None);
        _results.IndexBuildSeconds = watch.Elapsed.TotalSeconds;
        _results.IndexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine($"  {index.CredentialCount:N0} credentials, {index.OccupationCount:N0} occupations in {_results.IndexBuildSeconds:F1} s; {_results.IndexBytes / 1048576.0:F0} MB managed");

        BenchData.Step("In-process skillGap (GapIndex.SkillGap) and coverage (GapIndex.Coverage)");
        var filters = mix.Select(m => new SupplyFilter { Regions = [m.Region], MaxEqfLevel = MaxEqf }).ToArray();
        foreach (var c in _concurrencies)
        {
            _results.Measurements.Add(await LoadRunner.RunAsync("in-process index", "skillGap", c, options.MaxRequestsPerCell,
                TimeSpan.FromSeconds(options.SecondsPerCell), mix.Count,
                (i, _) =>
                {
                    var (occupation, _) = mix[i % mix.Count];
                    index.SkillGap(GapTarget.ForOccupation(occupation), filters[i % mix.Count], MatchingOptions.Default, RegistryViewer.Anonymous);
                    return Task.CompletedTask;
                }));
        }
        for (var run = 0; run < options.CoverageRuns; run++)
        {
            watch.Restart();
            var result = index.Coverage(escoOccupations, _coverageRegions, SupplyFilter.Default, MatchingOptions.Default, 2, RegistryViewer.Anonymous, int.MaxValue);
            _results.InProcessCoverageSeconds.Add(watch.Elapsed.TotalSeconds);
            _results.CoverageCells = result.Cells.Count;
            Console.WriteLine($"  coverage {escoOccupations.Count:N0} × {_coverageRegions.Length}: {result.Cells.Count:N0} cells in {watch.Elapsed.TotalSeconds:F2} s");
        }
        GC.KeepAlive(index);
    }

    /// <summary>The same per-requirement coverage as one SQL query (connections held one per worker).</summary>
    private async Task<Dictionary<int, List<(int Competency, int Credentials, int Providers)>>> BaselineAsync(string connection, List<(int Occupation, string Region)> mix)
    {
        BenchData.Step("Straightforward SQL implementation (one query with joins and aggregates)");
        var pool = new ConcurrentBag<SqliteConnection>();
        var answers = new Dictionary<int, List<(int, int, int)>>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var open = new SqliteConnection(connection + ";Mode=ReadOnly");
                await open.OpenAsync();
                pool.Add(open);
            }
            async Task<List<(int, int, int)>> RunAsync(int i, CancellationToken ct)
            {
                if (!pool.TryTake(out var db))
                    throw new InvalidOperationException("No free connection.");
                try
                {
                    await using var command = db.CreateCommand();
                    command.CommandText = BaselineSql;
                    command.Parameters.AddWithValue("$o", mix[i % mix.Count].Occupation);
                    command.Parameters.AddWithValue("$r", mix[i % mix.Count].Region);
                    command.Parameters.AddWithValue("$eqf", MaxEqf);
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    var rows = new List<(int, int, int)>();
                    while (await reader.ReadAsync(ct))
                        rows.Add((reader.GetInt32(0), reader.GetInt32(2), reader.GetInt32(3)));
                    return rows;
                }
                finally
                {
                    pool.Add(db);
                }
            }
            for (var i = 0; i < mix.Count; i++)
                answers[i] = await RunAsync(i, CancellationToken.None);
            foreach (var c in _concurrencies)
            {
                _results.Measurements.Add(await LoadRunner.RunAsync("sql (SQLite)", "skillGap", c, options.MaxRequestsPerCell,
                    TimeSpan.FromSeconds(options.SecondsPerCell), 0, async (i, ct) => await RunAsync(i, ct)));
            }
        }
        finally
        {
            foreach (var db in pool)
                await db.DisposeAsync();
        }
        return answers;
    }

    private async Task HttpAsync(string dataDir, List<(int Occupation, string Region)> mix, List<int> escoOccupations,
        Dictionary<int, List<(int Competency, int Credentials, int Providers)>> baseline)
    {
        BenchData.Step("Starting the API (child process) for GraphQL over HTTP");
        await using var api = await ApiProcess.StartAsync(options.ApiDll, dataDir,
            ["--GraphQL:MaxComplexity=10000000", "--GraphQL:TimeoutSeconds=300", "--GraphQL:MaxRequestBytes=4194304", "--Search:IndexingEnabled=false"]);
        _results.ApiReadySeconds = api.ReadySeconds;
        var bodies = mix.Select(m => new JsonObject
        {
            ["query"] = SkillGapDocument,
            ["variables"] = new JsonObject { ["o"] = Id("Occupation", m.Occupation), ["r"] = m.Region },
        }.ToJsonString()).ToArray();
        var first = Stopwatch.StartNew();
        var sample = await api.PostAsync(bodies[0], CancellationToken.None);
        _results.FirstQuerySeconds = first.Elapsed.TotalSeconds;
        Console.WriteLine($"  first skillGap (waits for the index warm-up) after {first.Elapsed.TotalSeconds:F1} s");

        // Agreement with the SQL implementation: per requirement, credential and provider counts.
        for (var i = 0; i < bodies.Length; i++)
        {
            var gap = JsonNode.Parse(await api.PostAsync(bodies[i], CancellationToken.None))!["data"]!["skillGap"]!;
            var requirements = gap["requirements"]!.AsArray()
                .Select(r => (Id: Decode(r!["competency"]!["id"]!.GetValue<string>()), Credentials: r["credentialCount"]!.GetValue<int>(), Providers: r["providerCount"]!.GetValue<int>()))
                .OrderBy(r => r.Id).ToList();
            var sql = baseline[i].OrderBy(r => r.Competency).ToList();
            var agree = requirements.Count == sql.Count && requirements.Zip(sql).All(p => p.First.Id == p.Second.Competency && p.First.Credentials == p.Second.Credentials && p.First.Providers == p.Second.Providers);
            _results.Agreement.Add((mix[i].Occupation, mix[i].Region, requirements.Count, requirements.Count(r => r.Credentials > 0), sql.Count(r => r.Credentials > 0), agree));
        }
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(5) && i < 500; i++)
            await api.PostAsync(bodies[i % bodies.Length], CancellationToken.None);
        foreach (var c in _concurrencies)
        {
            _results.Measurements.Add(await LoadRunner.RunAsync("graphql-http (index)", "skillGap", c, options.MaxRequestsPerCell,
                TimeSpan.FromSeconds(options.SecondsPerCell), 0, (i, ct) => api.PostAsync(bodies[i % bodies.Length], ct)));
        }
        _results.SampleBytes = Encoding.UTF8.GetByteCount(sample);

        BenchData.Step($"coverage over HTTP: {escoOccupations.Count:N0} ESCO occupations × {_coverageRegions.Length} regions");
        var coverage = new JsonObject
        {
            ["query"] = CoverageDocument,
            ["variables"] = new JsonObject
            {
                ["o"] = new JsonArray([.. escoOccupations.Select(o => (JsonNode)Id("Occupation", o))]),
                ["r"] = new JsonArray([.. _coverageRegions.Select(r => (JsonNode)r)]),
            },
        }.ToJsonString();
        for (var run = 0; run < options.CoverageRuns; run++)
        {
            var watch = Stopwatch.StartNew();
            var text = await api.PostAsync(coverage, CancellationToken.None);
            _results.HttpCoverageSeconds.Add(watch.Elapsed.TotalSeconds);
            var cells = JsonNode.Parse(text)!["data"]!["coverage"]!["cells"]!.AsArray().Count;
            _results.HttpCoverageCells = cells;
            _results.HttpCoverageBytes = Encoding.UTF8.GetByteCount(text);
            Console.WriteLine($"  run {run + 1}: {cells:N0} cells, {text.Length / 1048576.0:F1} MB in {watch.Elapsed.TotalSeconds:F2} s");
        }
        _results.ApiWorkingSetMb = ApiWorkingSet(api);
    }

    private static long ApiWorkingSet(ApiProcess api) => api.WorkingSetBytes / 1048576;

    private static string Id(string type, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{type}:{id}")));

    private static int Decode(string id) =>
        int.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id)).Split(':')[1], CultureInfo.InvariantCulture);
}
