using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SkillsRegistry.Api.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster (initdb + pg_ctl from /usr/lib/postgresql/*/bin) on a free loopback port, removed
/// when the test run ends. Where PostgreSQL is not installed the tests that need it are skipped with the reason,
/// unless SKILLSREGISTRY_REQUIRE_POSTGRES=1 (set by CI), which turns the skip into a failure.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> _shared = new(() => new PostgresServer());
    private readonly string? _binDirectory;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "skillsregistry-pg-" + Guid.NewGuid().ToString("N")[..8]);

    public static PostgresServer Shared => _shared.Value;

    public string? UnavailableReason { get; private set; }

    public string AdminConnectionString { get; private set; } = "";

    private PostgresServer()
    {
        _binDirectory = FindBinDirectory();
        if (_binDirectory is null)
        {
            UnavailableReason = "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (install the postgresql package).";
            return;
        }
        try
        {
            Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }
        catch (InvalidOperationException ex)
        {
            UnavailableReason = "Could not start a throwaway PostgreSQL cluster: " + ex.Message;
        }
    }

    /// <summary>Skips the calling test (or fails it, in CI) when no server could be started.</summary>
    public void EnsureAvailable()
    {
        if (UnavailableReason is null)
            return;
        if (Environment.GetEnvironmentVariable("SKILLSREGISTRY_REQUIRE_POSTGRES") == "1")
            throw new InvalidOperationException("SKILLSREGISTRY_REQUIRE_POSTGRES=1 but " + UnavailableReason);
        Skip.If(true, UnavailableReason);
    }

    public string ConnectionString(string database) => AdminConnectionString.Replace("Database=postgres", $"Database={database}", StringComparison.Ordinal);

    private void Start()
    {
        var port = FreePort();
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(_root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            Run("chown", $"postgres: {_root}", asPostgresUser: false);
        Run(Path.Combine(_binDirectory!, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --no-locale", asRoot);
        var settings = $"-p {port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        Run(Path.Combine(_binDirectory!, "pg_ctl"), $"-D {data} -l {Path.Combine(_root, "server.log")} -o \"{settings}\" -w start", asRoot);
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true";
    }

    public void Dispose()
    {
        if (_binDirectory is null || AdminConnectionString.Length == 0)
            return;
        try
        {
            Run(Path.Combine(_binDirectory, "pg_ctl"), $"-D {Path.Combine(_root, "data")} -m immediate -w stop", Environment.UserName == "root");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        AdminConnectionString = "";
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it lives under the temp folder.
        }
    }

    private static void Run(string file, string arguments, bool asPostgresUser)
    {
        var start = asPostgresUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {error}{output.Result}");
    }

    private static string? FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
