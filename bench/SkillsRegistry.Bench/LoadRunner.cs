using System.Diagnostics;

namespace SkillsRegistry.Bench;

/// <summary>One cell of the latency table.</summary>
internal sealed record Measurement(string Backend, string Mode, int Concurrency, int Requests, int Errors, double Seconds,
    double P50Ms, double P95Ms, double P99Ms)
{
    public double Throughput => Requests / Seconds;
}

/// <summary>Runs a query at a fixed concurrency, bounded by a request count and a time limit.</summary>
internal static class LoadRunner
{
    public static async Task<Measurement> RunAsync(string backend, string mode, int concurrency, int maxRequests, TimeSpan maxTime,
        int warmup, Func<int, CancellationToken, Task> query)
    {
        for (var i = 0; i < warmup; i++)
            await query(i, CancellationToken.None);
        var next = -1;
        var errors = 0;
        var latencies = new List<double>[concurrency];
        using var timeout = new CancellationTokenSource(maxTime + TimeSpan.FromSeconds(30));
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(maxRequests / concurrency + 16);
            while (started.Elapsed < maxTime)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= maxRequests)
                    break;
                var t = Stopwatch.GetTimestamp();
                try
                {
                    await query(i, timeout.Token);
                    mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                        Console.Error.WriteLine($"  {backend}/{mode}/c{concurrency}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = started.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var m = new Measurement(backend, mode, concurrency, all.Length, errors, seconds,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
        Console.WriteLine($"  {backend,-12} {mode,-18} c={concurrency,-3} n={m.Requests,-6} err={errors} p50={m.P50Ms:F2} p95={m.P95Ms:F2} p99={m.P99Ms:F2} ms  {m.Throughput:F0} q/s");
        return m;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
