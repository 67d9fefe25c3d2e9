using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SkillsRegistry.Bench;

/// <summary>The built API as a child process on 127.0.0.1 over a prepared data folder, and a client for it; killed on dispose.</summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly SocketsHttpHandler _handler;

    private ApiProcess(Process process, StreamWriter log, SocketsHttpHandler handler, HttpClient http)
    {
        _process = process;
        _log = log;
        _handler = handler;
        Http = http;
    }

    public HttpClient Http { get; }

    public double ReadySeconds { get; private set; }

    /// <summary>The child process's working set now.</summary>
    /// <summary>CPU time the API process has used so far (user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>Starts the API (<c>--Seed:OnStartup=false</c>, warnings only, rate limits off: the bench measures the engine) and waits for <c>/readyz</c> 200 (at most 5 minutes).</summary>
    public static async Task<ApiProcess> StartAsync(string apiDll, string dataDir, IEnumerable<string>? extraArguments = null)
    {
        var port = FreePort();
        var logPath = Path.Combine(dataDir, "..", "api.log");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
        };
        foreach (var a in new[] { apiDll, "--urls", $"http://127.0.0.1:{port}", $"--Registry:DataDirectory={dataDir}", "--Seed:OnStartup=false", "--Logging:LogLevel:Default=Warning", "--RateLimits:Enabled=false" }
            .Concat(extraArguments ?? []))
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        var api = new ApiProcess(process, log, handler, http);
        var ready = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode}; see {logPath}.");
            if (ready.Elapsed > TimeSpan.FromMinutes(5))
                throw new TimeoutException($"The API was not ready within 5 minutes; see {logPath}.");
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
        api.ReadySeconds = ready.Elapsed.TotalSeconds;
        Console.WriteLine($"  ready in {ready.Elapsed.TotalSeconds:F1} s on port {port}");
        return api;
    }

    /// <summary>POST /graphql; a non-200 status or an <c>errors</c> member is an exception.</summary>
    public async Task<string> PostAsync(string body, CancellationToken ct)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri("/graphql", UriKind.Relative), content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK || text.Contains("\"errors\"", StringComparison.Ordinal))
            throw new HttpRequestException($"{(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Http.Dispose();
        _handler.Dispose();
        await _log.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
