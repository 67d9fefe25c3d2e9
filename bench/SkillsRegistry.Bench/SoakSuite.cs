using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace SkillsRegistry.Bench;

internal sealed record SoakOptions(string RepoRoot, string ApiDll, int Minutes, double ReadsPerSecond, double WritesPerSecond);

/// <summary>
/// The soak: the API (seeded demonstration catalogue, production settings with rate limits on) under a steady open-loop
/// mix of reads and a publisher's write cycles for N minutes; latency per minute and kind, errors, the API's memory, and
/// at the end a check that every acknowledged write is there with its version. Writes bench/results/&lt;date&gt;-soak.md.
/// </summary>
internal sealed class SoakSuite(SoakOptions options)
{
    private const int MaxOutstanding = 256;
    private readonly ConcurrentBag<Sample> _samples = [];
    private readonly ConcurrentBag<string> _errors = [];
    private readonly ConcurrentDictionary<string, int> _written = new(StringComparer.Ordinal);
    private readonly List<(double Minute, long Bytes)> _memory = [];
    private int _outstanding;
    private int _skipped;

    private sealed record Sample(int Minute, string Kind, double Ms, bool Ok);

    public async Task RunAsync()
    {
        var loadBefore = Machine.LoadAverage();
        var dataDir = BenchData.FreshDataDirectory(options.RepoRoot, "soak");
        BenchData.Step("Starting the API (seeds the demonstration catalogue, rate limits on)");
        await using var api = await ApiProcess.StartAsync(options.ApiDll, dataDir, ["--Seed:OnStartup=true", "--RateLimits:Enabled=true"]);
        using var reader = Traffic.ClientWithKey(api.Http.BaseAddress!, await Traffic.IssuePublisherKeyAsync(dataDir, "soak reader"));
        using var publisher = Traffic.ClientWithKey(api.Http.BaseAddress!, await Traffic.IssuePublisherKeyAsync(dataDir, "soak publisher"));
        var traffic = await Traffic.DiscoverAsync(reader);
        for (var i = 0; i < 50; i++)
            await Traffic.PostBodyAsync(reader, traffic.Read(i).Body, CancellationToken.None);

        BenchData.Step($"Soaking for {options.Minutes} min: {options.ReadsPerSecond} reads/s and {options.WritesPerSecond} write cycles/s (create, update, publish)");
        var duration = TimeSpan.FromMinutes(options.Minutes);
        var clock = Stopwatch.StartNew();
        var inFlight = new ConcurrentDictionary<Task, byte>();
        var reads = Schedule(clock, duration, options.ReadsPerSecond, (i, minute) => TrackAsync(minute, async () =>
        {
            var (kind, body) = traffic.Read(i);
            return (kind, await Traffic.TimeAsync(() => Traffic.PostBodyAsync(reader, body, CancellationToken.None)));
        }), inFlight);
        var writes = Schedule(clock, duration, options.WritesPerSecond, (i, minute) => TrackAsync(minute, async () =>
        {
            var written = ("", 0);
            var ms = await Traffic.TimeAsync(async () => written = await traffic.WriteCycleAsync(publisher, i, CancellationToken.None));
            _written[written.Item1] = written.Item2;
            return ("write cycle", ms);
        }), inFlight);
        var memory = SampleMemoryAsync(api, clock, duration);
        await Task.WhenAll(reads, writes, memory);
        await Task.WhenAll(inFlight.Keys);
        var elapsed = clock.Elapsed;

        BenchData.Step("Checking every acknowledged write and waiting for the search index to catch up");
        var versions = await Traffic.VersionsAsync(reader, _written.Keys.ToList());
        var lost = _written.Count(w => versions[w.Key] != w.Value);
        var readyWait = Stopwatch.StartNew();
        string readiness;
        while (true)
        {
            using var ready = await api.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
            readiness = await ready.Content.ReadAsStringAsync();
            if (readiness.Contains("\"Search index up to date.\"", StringComparison.Ordinal) || readyWait.Elapsed > TimeSpan.FromMinutes(2))
                break;
            await Task.Delay(500);
        }
        var report = Report(loadBefore, Machine.LoadAverage(), elapsed, lost, readyWait.Elapsed, readiness);
        var path = Path.Combine(options.RepoRoot, "bench", "results", $"{DateTime.UtcNow:yyyy-MM-dd}-soak.md");
        await File.WriteAllTextAsync(path, report);
        Console.WriteLine(report);
        Console.WriteLine($"Written to {path}");
    }

    /// <summary>Starts the i-th operation at i / rate seconds whatever the previous ones are doing (open loop).</summary>
    private async Task Schedule(Stopwatch clock, TimeSpan duration, double perSecond, Func<int, int, Task> operation, ConcurrentDictionary<Task, byte> inFlight)
    {
        if (perSecond <= 0)
            return;
        for (var i = 0; ; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due >= duration)
                return;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            if (Volatile.Read(ref _outstanding) >= MaxOutstanding)
            {
                Interlocked.Increment(ref _skipped);
                continue;
            }
            var task = operation(i, (int)clock.Elapsed.TotalMinutes);
            inFlight[task] = 0;
            _ = task.ContinueWith(t => inFlight.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task TrackAsync(int minute, Func<Task<(string Kind, double Ms)>> operation)
    {
        Interlocked.Increment(ref _outstanding);
        try
        {
            var (kind, ms) = await operation();
            _samples.Add(new Sample(minute, kind, ms, true));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _samples.Add(new Sample(minute, "error", 0, false));
            if (_errors.Count < 20)
                _errors.Add($"minute {minute}: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }

    private async Task SampleMemoryAsync(ApiProcess api, Stopwatch clock, TimeSpan duration)
    {
        while (clock.Elapsed < duration)
        {
            lock (_memory)
                _memory.Add((clock.Elapsed.TotalMinutes, api.WorkingSetBytes));
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    private string Report(string loadBefore, string loadAfter, TimeSpan elapsed, int lost, TimeSpan indexCatchUp, string readiness)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        var samples = _samples.ToList();
        var errors = samples.Count(x => !x.Ok);
        s.AppendLine(c, $"# Soak — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine();
        s.AppendLine("Generated by `bench/run-soak.sh` (bench/SkillsRegistry.Bench `soak`): the built API as a child process (Production environment, seeded demonstration catalogue on SQLite + Lucene, **rate limits on** with their defaults), a steady open-loop load from the same 2 cores: reads by one API key (search with facets, a page of credentials with alignments, a credential by id, skillGap for an occupation and region, suggest; in turn), and a second key's write cycles (create a draft micro-credential, update it with `expectedVersion`, publish it).");
        s.AppendLine();
        s.AppendLine(c, $"- CPU: {Machine.Cpu()}; memory {Machine.Memory()}; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        s.AppendLine(c, $"- Load average (1/5/15 min) before: {loadBefore}; after: {loadAfter}.");
        s.AppendLine(c, $"- Ran {elapsed.TotalMinutes:F1} min at {options.ReadsPerSecond} reads/s and {options.WritesPerSecond} write cycles/s (3 mutations each); {samples.Count:N0} operations, **{errors} errors**, {_skipped} not started because {MaxOutstanding} were outstanding.");
        s.AppendLine(c, $"- Writes acknowledged: {_written.Count:N0}; **lost or at a wrong version afterwards: {lost}**. Search index caught up {indexCatchUp.TotalSeconds:F1} s after the load stopped.");
        s.AppendLine();
        s.AppendLine("## Latency per kind (whole run)");
        s.AppendLine();
        s.AppendLine("| kind | operations | p50 ms | p95 ms | p99 ms | max ms |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in samples.Where(x => x.Ok).GroupBy(x => x.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = group.Select(x => x.Ms).Order().ToList();
            s.AppendLine(c, $"| {group.Key} | {sorted.Count:N0} | {Traffic.Percentile(sorted, 0.5):F1} | {Traffic.Percentile(sorted, 0.95):F1} | {Traffic.Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} |");
        }
        s.AppendLine();
        s.AppendLine("## Per minute");
        s.AppendLine();
        s.AppendLine("| minute | reads | read p50 ms | read p95 ms | write cycles | write p95 ms | errors | API working set MB (end of minute) |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var memory = _memory.ToList();
        foreach (var minute in samples.GroupBy(x => x.Minute).OrderBy(g => g.Key))
        {
            var reads = minute.Where(x => x.Ok && x.Kind != "write cycle").Select(x => x.Ms).Order().ToList();
            var writes = minute.Where(x => x.Ok && x.Kind == "write cycle").Select(x => x.Ms).Order().ToList();
            var ws = memory.Where(m => (int)m.Minute == minute.Key).Select(m => m.Bytes).DefaultIfEmpty().Last();
            s.AppendLine(c, $"| {minute.Key + 1} | {reads.Count:N0} | {Traffic.Percentile(reads, 0.5):F1} | {Traffic.Percentile(reads, 0.95):F1} | {writes.Count:N0} | {Traffic.Percentile(writes, 0.95):F1} | {minute.Count(x => !x.Ok)} | {ws / 1048576.0:F0} |");
        }
        var steady = memory.Where(m => m.Minute >= Math.Min(2, options.Minutes / 2.0)).ToList();
        var slope = Slope(steady);
        s.AppendLine();
        s.AppendLine(c, $"Memory after warm-up (from minute {Math.Min(2, options.Minutes / 2.0):F1}): {steady.Min(m => m.Bytes) / 1048576.0:F0}–{steady.Max(m => m.Bytes) / 1048576.0:F0} MB, least-squares slope **{slope / 1048576.0:F1} MB/min** over {steady.Count} samples (every 5 s).");
        s.AppendLine();
        s.AppendLine("`/readyz` at the end:");
        s.AppendLine();
        s.AppendLine("```json");
        s.AppendLine(JsonNode.Parse(readiness)?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? readiness);
        s.AppendLine("```");
        if (!_errors.IsEmpty)
        {
            s.AppendLine();
            s.AppendLine("First errors:");
            s.AppendLine();
            foreach (var e in _errors.Take(20))
                s.AppendLine(c, $"- {e.Replace('\n', ' ')}");
        }
        return s.ToString();
    }

    private static double Slope(List<(double Minute, long Bytes)> points)
    {
        if (points.Count < 2)
            return double.NaN;
        var mx = points.Average(p => p.Minute);
        var my = points.Average(p => (double)p.Bytes);
        var num = points.Sum(p => (p.Minute - mx) * (p.Bytes - my));
        var den = points.Sum(p => (p.Minute - mx) * (p.Minute - mx));
        return num / den;
    }
}
