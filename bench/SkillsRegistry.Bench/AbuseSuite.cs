using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SkillsRegistry.Bench;

internal sealed record AbuseOptions(string RepoRoot, string ApiDll, int Seconds, int NormalConcurrency, int AttackersPerKind, int SlowClients);

/// <summary>
/// Normal traffic (a job board with an API key, closed loop) measured alone and then while anonymous attackers send
/// deep nesting, 1,000 aliases, circular fragments, huge batches, introspection storms, oversized bodies and slow
/// (trickling) connections. Target: normal throughput under attack ≥ 0.8× of normal, no errors for normal traffic,
/// no 5xx for attackers. Writes bench/results/&lt;date&gt;-abuse.md.
/// </summary>
internal sealed class AbuseSuite(AbuseOptions options)
{
    private static readonly string _deep = "{" + string.Concat(Enumerable.Repeat("credentials(first:1){nodes{provider{", 60)) + "id" + new string('}', 60 * 3) + "}";
    private static readonly string _aliases = "{" + string.Join(" ", Enumerable.Range(0, 1000).Select(i => $"a{i}:credentials(first:100){{totalCount}}")) + "}";
    private const string Cycle = "query { credentials(first: 1) { nodes { ...A } } } fragment A on Credential { provider { name } ...B } fragment B on Credential { ...A }";
    private const string Introspection = "query { __schema { types { name kind description fields(includeDeprecated: true) { name description args { name type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind } } } } inputFields { name type { name kind ofType { name kind } } } enumValues(includeDeprecated: true) { name } } directives { name args { name } } } }";

    private static readonly (string Kind, Func<string> Body)[] _attacks =
    [
        ("deep nesting (60 levels)", () => Traffic.Body(_deep, null)),
        ("1,000 aliases", () => Traffic.Body(_aliases, null)),
        ("circular fragments", () => Traffic.Body(Cycle, null)),
        ("huge batch (1,000 requests)", () => "[" + string.Join(",", Enumerable.Repeat(Traffic.Body("{ credentials(first: 100) { totalCount } }", null), 1000)) + "]"),
        ("introspection storm", () => Traffic.Body(Introspection, null)),
        ("oversized body (1 MiB)", () => Traffic.Body("{ __typename }", new { padding = new string('x', 1 << 20) })),
    ];

    private const int JobBoardRequestsPerSecond = 100_000;
    private const int JobBoardCostPerSecond = 100_000_000;

    public async Task RunAsync()
    {
        var loadBefore = Machine.LoadAverage();
        var dataDir = BenchData.FreshDataDirectory(options.RepoRoot, "abuse");
        BenchData.Step("Starting the API (seeds the demonstration catalogue, rate limits on; the job board's key with a budget above its load)");
        // The anonymous limits keep their defaults (they are what stops the attackers). The key's budget is raised so
        // that the ratio measures what the attack leaves of the server, not the job board's own rate limit: on a
        // quiet machine the closed-loop job board exceeds the default key budget by itself.
        await using var api = await ApiProcess.StartAsync(options.ApiDll, dataDir,
            ["--Seed:OnStartup=true", "--RateLimits:Enabled=true", $"--RateLimits:KeyRequestsPerSecond={JobBoardRequestsPerSecond}",
                $"--RateLimits:KeyCostPerSecond={JobBoardCostPerSecond}"]);
        using var jobBoard = Traffic.ClientWithKey(api.Http.BaseAddress!, await Traffic.IssuePublisherKeyAsync(dataDir, "job board"));
        var traffic = await Traffic.DiscoverAsync(jobBoard);
        for (var i = 0; i < 50; i++)
            await Traffic.PostBodyAsync(jobBoard, traffic.Read(i).Body, CancellationToken.None);

        // Without this the first phase measures JIT tiering too: throughput kept rising for a minute in a trial.
        BenchData.Step($"Warm-up: normal traffic for {options.Seconds} s (not reported)");
        Console.WriteLine($"  {await NormalAsync(api, jobBoard, traffic, CancellationToken.None)}");

        BenchData.Step($"Normal traffic alone: {options.NormalConcurrency} workers for {options.Seconds} s");
        var alone = await NormalAsync(api, jobBoard, traffic, CancellationToken.None);
        Console.WriteLine($"  {alone}");

        BenchData.Step($"Normal traffic under attack: {_attacks.Length} kinds × {options.AttackersPerKind} attackers and {options.SlowClients} slow clients");
        using var stop = new CancellationTokenSource();
        var statuses = new ConcurrentDictionary<(string Kind, int Status), int>();
        using var attacker = Traffic.ClientWithKey(api.Http.BaseAddress!, null);
        var attackers = _attacks.SelectMany(a => Enumerable.Range(0, options.AttackersPerKind).Select(_ => AttackAsync(attacker, a.Kind, a.Body(), statuses, stop.Token))).ToList();
        var slow = SlowClientsAsync(api.Http.BaseAddress!, statuses, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var attacked = await NormalAsync(api, jobBoard, traffic, CancellationToken.None);
        Console.WriteLine($"  {attacked}");
        await stop.CancelAsync();
        await Task.WhenAll(attackers.Append(slow));

        BenchData.Step("Normal traffic after the attack");
        var after = await NormalAsync(api, jobBoard, traffic, CancellationToken.None);
        Console.WriteLine($"  {after}");

        var report = Report(loadBefore, Machine.LoadAverage(), alone, attacked, after, statuses);
        var path = Path.Combine(options.RepoRoot, "bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}-abuse.md");
        await File.WriteAllTextAsync(path, report);
        Console.WriteLine(report);
        Console.WriteLine($"Written to {path}");
    }

    private sealed record Phase(int Requests, int Errors, double Seconds, double P50, double P95, string? FirstError, double ServerCpu, double BenchCpu)
    {
        public double Throughput => Requests / Seconds;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Requests} requests, {Errors} errors, {Throughput:F1}/s, p50 {P50:F1} ms, p95 {P95:F1} ms; CPU: API {ServerCpu:F1} s, benchmark process {BenchCpu:F1} s");
    }

    private async Task<Phase> NormalAsync(ApiProcess api, HttpClient http, Traffic traffic, CancellationToken ct)
    {
        var serverCpu = api.CpuTime;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var next = -1;
        var errors = 0;
        string? firstError = null;
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(options.Seconds);
        await Task.WhenAll(Enumerable.Range(0, options.NormalConcurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref next);
                try
                {
                    latencies.Add(await Traffic.TimeAsync(() => Traffic.PostBodyAsync(http, traffic.Read(i).Body, ct)));
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    firstError ??= ex.Message;
                }
            }
        }, ct)));
        var sorted = latencies.Order().ToList();
        return new Phase(sorted.Count, errors, clock.Elapsed.TotalSeconds, Traffic.Percentile(sorted, 0.5), Traffic.Percentile(sorted, 0.95), firstError,
            (api.CpuTime - serverCpu).TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalSeconds);
    }

    private static async Task AttackAsync(HttpClient http, string kind, string body, ConcurrentDictionary<(string, int), int> statuses, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content, ct);
                await response.Content.ReadAsByteArrayAsync(ct);
                statuses.AddOrUpdate((kind, (int)response.StatusCode), 1, (_, n) => n + 1);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                statuses.AddOrUpdate((kind, -1), 1, (_, n) => n + 1);
            }
        }
    }

    /// <summary>Connections that send a request's headers and then its body one byte every two seconds.</summary>
    private async Task SlowClientsAsync(Uri server, ConcurrentDictionary<(string, int), int> statuses, CancellationToken ct)
    {
        const string kind = "slow clients (1 byte / 2 s)";
        var clients = new List<TcpClient>();
        try
        {
            for (var i = 0; i < options.SlowClients; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(server.Host, server.Port, ct);
                var head = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: {server.Host}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
                await client.GetStream().WriteAsync(head, ct);
                clients.Add(client);
            }
            while (!ct.IsCancellationRequested)
            {
                foreach (var client in clients.Where(c => c.Connected).ToList())
                {
                    try
                    {
                        await client.GetStream().WriteAsync("{"u8.ToArray(), ct);
                    }
                    catch (IOException)
                    {
                        // The server closed it (request body too slow): the defence working.
                        statuses.AddOrUpdate((kind, 0), 1, (_, n) => n + 1);
                        client.Close();
                    }
                }
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            statuses.AddOrUpdate((kind, 1), clients.Count(c => c.Connected), (_, n) => n + clients.Count(c => c.Connected));
            foreach (var client in clients)
                client.Dispose();
        }
    }

    private string Report(string loadBefore, string loadAfter, Phase alone, Phase attacked, Phase after, ConcurrentDictionary<(string Kind, int Status), int> statuses)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        var ratio = attacked.Throughput / alone.Throughput;
        s.AppendLine(c, $"# Abuse — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine();
        s.AppendLine(c, $"Generated by `bench/run-abuse.sh` (bench/SkillsRegistry.Bench `abuse`): the built API as a child process (Production environment, seeded demonstration catalogue, **rate limits on**: anonymous limits at their defaults, the job board's key raised to {JobBoardRequestsPerSecond:N0} requests and {JobBoardCostPerSecond:N0} cost per second so that its own budget does not cap the measurement). Normal traffic is a job board with an API key reading in a closed loop (search with facets, a page of credentials, a credential by id, skillGap, suggest); the attackers are anonymous, on the same loopback address, and run on the same 2 cores as the server and the normal client.");
        s.AppendLine();
        s.AppendLine(c, $"- CPU: {Machine.Cpu()}; memory {Machine.Memory()}; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        s.AppendLine(c, $"- Load average (1/5/15 min) before: {loadBefore}; after: {loadAfter}.");
        s.AppendLine(c, $"- {options.NormalConcurrency} normal workers, {options.Seconds} s per phase; {options.AttackersPerKind} attacker(s) per kind in a closed loop; {options.SlowClients} slow connections.");
        s.AppendLine();
        s.AppendLine("| phase | requests | errors | requests/s | p50 ms | p95 ms | API CPU s | benchmark process CPU s (normal client and attackers) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, phase) in new[] { ("normal alone", alone), ("normal under attack", attacked), ("normal after the attack", after) })
            s.AppendLine(c, $"| {name} | {phase.Requests:N0} | {phase.Errors} | {phase.Throughput:F1} | {phase.P50:F1} | {phase.P95:F1} | {phase.ServerCpu:F1} | {phase.BenchCpu:F1} |");
        s.AppendLine();
        s.AppendLine(c, $"**Throughput under attack / alone = {ratio:F2}** (target ≥ 0.80: {(ratio >= 0.8 ? "met" : "missed")}).");
        foreach (var phase in new[] { alone, attacked, after }.Where(p => p.FirstError is not null))
            s.AppendLine(c, $"- first normal-traffic error: {phase.FirstError}");
        s.AppendLine();
        s.AppendLine("## What the attackers got");
        s.AppendLine();
        s.AppendLine("| attack | answers by status |");
        s.AppendLine("|---|---|");
        foreach (var kind in statuses.Keys.Select(k => k.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            var parts = statuses.Where(kv => kv.Key.Kind == kind).OrderBy(kv => kv.Key.Status).Select(kv => kv.Key.Status switch
            {
                -1 => $"{kv.Value:N0} connection errors",
                0 => $"{kv.Value:N0} closed by the server",
                1 => $"{kv.Value:N0} still open at the end",
                _ => $"{kv.Value:N0} × {kv.Key.Status}",
            });
            s.AppendLine(c, $"| {kind} | {string.Join(", ", parts)} |");
        }
        var fiveHundreds = statuses.Where(kv => kv.Key.Status >= 500).Sum(kv => kv.Value);
        s.AppendLine();
        s.AppendLine(c, $"5xx answers to attackers: **{fiveHundreds}**.");
        return s.ToString();
    }
}
