using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace SkillsRegistry.Bench;

/// <summary>
/// PostgreSQL full-text search baseline: a throwaway cluster (initdb/pg_ctl, loopback port, as user postgres when run
/// as root), the credentials COPYed from the SQLite database with a weighted tsvector over title (A), competency
/// labels (B) and description (C) and a GIN index, then the keyword and keyword+filters mixes at the same concurrencies.
/// </summary>
internal static class PostgresFts
{
    private const string Keyword = """
        SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () AS total
        FROM credential, plainto_tsquery('english', $1) q
        WHERE tsv @@ q AND status = 'Published'
        ORDER BY r DESC, id LIMIT 20
        """;

    private const string KeywordFilters = """
        SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () AS total
        FROM credential, plainto_tsquery('english', $1) q
        WHERE tsv @@ q AND status = 'Published' AND country = $2 AND eqf <= $3 AND delivery = ANY($4)
        ORDER BY r DESC, id LIMIT 20
        """;

    public static async Task RunAsync(string sqliteConnection, Results results, Taxonomy taxonomy, SuiteOptions options)
    {
        var bin = FindBinDirectory();
        if (bin is null)
        {
            results.PostgresStatus = "not measured: PostgreSQL server binaries (initdb, pg_ctl) not found";
            return;
        }
        var root = Path.Combine(Path.GetTempPath(), "skillsregistry-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var asRoot = Environment.UserName == "root";
        var port = FreePort();
        var data = Path.Combine(root, "data");
        try
        {
            Console.WriteLine("[pg] starting a throwaway cluster");
            Directory.CreateDirectory(root);
            if (asRoot)
                Run("chown", $"postgres: {root}", false);
            Run(Path.Combine(bin, "initdb"), $"-D {data} -U postgres --auth=trust -E UTF8 --no-locale", asRoot);
            var settings = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=512MB -c work_mem=32MB -c maintenance_work_mem=512MB";
            Run(Path.Combine(bin, "pg_ctl"), $"-D {data} -l {Path.Combine(root, "server.log")} -o \"{settings}\" -w start", asRoot);
            await using var source = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=64");
            await MeasureAsync(source, sqliteConnection, results, taxonomy, options);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException or IOException)
        {
            results.PostgresStatus = $"not measured: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}";
            Console.Error.WriteLine($"[pg] {ex}");
        }
        finally
        {
            try
            {
                Run(Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate -w stop", asRoot);
            }
            catch (InvalidOperationException)
            {
            }
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task MeasureAsync(NpgsqlDataSource pg, string sqliteConnection, Results results, Taxonomy taxonomy, SuiteOptions options)
    {
        await using (var create = pg.CreateCommand("CREATE UNLOGGED TABLE credential (id int PRIMARY KEY, status text, country text, eqf int, delivery text, title text, description text, labels text, tsv tsvector)"))
            await create.ExecuteNonQueryAsync();
        var copy = Stopwatch.StartNew();
        var rows = 0;
        await using (var sqlite = new SqliteConnection(sqliteConnection))
        await using (var conn = await pg.OpenConnectionAsync())
        {
            await sqlite.OpenAsync();
            using var read = sqlite.CreateCommand();
            read.CommandText = """
                SELECT c.Id, c.Status, p.Country, c.EqfLevel, c.DeliveryMode, c.Title, c.Description,
                       (SELECT group_concat(k.PreferredLabel || ' ' || k.AlternativeLabels, ' ') FROM Alignments a JOIN Competencies k ON k.Id = a.CompetencyId WHERE a.CredentialId = c.Id)
                FROM Credentials c JOIN Providers p ON p.Id = c.ProviderId ORDER BY c.Id
                """;
            await using var reader = await read.ExecuteReaderAsync();
            await using var writer = await conn.BeginBinaryImportAsync("COPY credential (id, status, country, eqf, delivery, title, description, labels) FROM STDIN (FORMAT BINARY)");
            while (await reader.ReadAsync())
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(reader.GetInt32(0), NpgsqlDbType.Integer);
                await writer.WriteAsync(reader.GetString(1), NpgsqlDbType.Text);
                await writer.WriteAsync(reader.GetString(2), NpgsqlDbType.Text);
                if (reader.IsDBNull(3)) await writer.WriteNullAsync(); else await writer.WriteAsync(reader.GetInt32(3), NpgsqlDbType.Integer);
                if (reader.IsDBNull(4)) await writer.WriteNullAsync(); else await writer.WriteAsync(reader.GetString(4), NpgsqlDbType.Text);
                await writer.WriteAsync(reader.GetString(5), NpgsqlDbType.Text);
                if (reader.IsDBNull(6)) await writer.WriteNullAsync(); else await writer.WriteAsync(reader.GetString(6), NpgsqlDbType.Text);
                if (reader.IsDBNull(7)) await writer.WriteNullAsync(); else await writer.WriteAsync(reader.GetString(7), NpgsqlDbType.Text);
                rows++;
            }
            await writer.CompleteAsync();
        }
        var copySeconds = copy.Elapsed.TotalSeconds;
        var build = Stopwatch.StartNew();
        foreach (var sql in new[]
        {
            "UPDATE credential SET tsv = setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(labels, '')), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'C')",
            "CREATE INDEX credential_tsv ON credential USING gin (tsv)",
            "CREATE INDEX credential_filters ON credential (country, eqf)",
            "VACUUM ANALYZE credential",
        })
        {
            await using var cmd = pg.CreateCommand(sql);
            cmd.CommandTimeout = 0;
            await cmd.ExecuteNonQueryAsync();
        }
        var buildSeconds = build.Elapsed.TotalSeconds;
        Console.WriteLine($"[pg] {rows:N0} rows copied in {copySeconds:F1} s; tsvector + GIN in {buildSeconds:F1} s");

        var words = taxonomy.FrequentWords(20);
        string[] countries = ["DE", "FR", "US", "ES", "NL"];
        var sample = await QueryAsync(pg, Keyword, words[0], null, 0, CancellationToken.None);
        results.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL FTS matches for the first keyword ({words[0]}): {sample:N0} (Lucene also matches through broader concepts' labels and learning outcomes, so its counts are higher)."));
        foreach (var c in new[] { 1, 8, 32 })
        {
            results.Measurements.Add(await LoadRunner.RunAsync("postgres-fts", QueryMix.Keyword, c, options.MaxRequestsPerCell,
                TimeSpan.FromSeconds(options.SecondsPerCell), words.Count, (i, ct) => QueryAsync(pg, Keyword, words[i % words.Count], null, 0, ct)));
        }
        foreach (var c in new[] { 1, 8, 32 })
        {
            results.Measurements.Add(await LoadRunner.RunAsync("postgres-fts", QueryMix.KeywordFilters, c, options.MaxRequestsPerCell,
                TimeSpan.FromSeconds(options.SecondsPerCell), words.Count,
                (i, ct) => QueryAsync(pg, KeywordFilters, words[i % words.Count], countries[i % words.Count % countries.Length], 5 + (i % words.Count % 2), ct)));
        }
        var ratios = results.Measurements.Where(m => m.Backend == "postgres-fts")
            .Select(p => (p, l: results.Measurements.FirstOrDefault(m => m.Backend == "in-process" && m.Mode == p.Mode && m.Concurrency == p.Concurrency)))
            .Where(x => x.l is not null)
            .Select(x => (x.p.Mode, x.p.Concurrency, Ratio: x.l!.Throughput / x.p.Throughput, x.p.Errors))
            .ToList();
        // A cell where every PostgreSQL query failed (its queries outlasted the command timeout) has no throughput to compare.
        var keywordRatios = ratios.Where(r => r.Mode == QueryMix.Keyword && double.IsFinite(r.Ratio)).ToList();
        results.PostgresRatio = keywordRatios.Count > 0 ? keywordRatios.Min(r => r.Ratio) : null;
        var version = Path.GetFileName(Path.GetDirectoryName(FindBinDirectory()));
        var ratioText = string.Join(", ", ratios.Select(r => double.IsFinite(r.Ratio)
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Mode} c={r.Concurrency} {r.Ratio:F1}×")
            : string.Create(CultureInfo.InvariantCulture, $"{r.Mode} c={r.Concurrency} not measured (every PostgreSQL query failed: {r.Errors} errors)")));
        results.PostgresStatus = string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL {version} (fsync off, unlogged table, shared_buffers 512MB), {rows:N0} rows COPYed in {copySeconds:F1} s, tsvector + GIN built in {buildSeconds:F1} s. Lucene in-process throughput / PostgreSQL throughput (same client process, loopback): {ratioText}. Lowest keyword ratio {results.PostgresRatio:F1}×. PostgreSQL's tsvector holds direct competency labels only (Lucene also indexes broader concepts' labels and learning outcomes); both return ids + score + total count, no rows.");
    }

    private static async Task<int> QueryAsync(NpgsqlDataSource pg, string sql, string word, string? country, int maxEqf, CancellationToken ct)
    {
        await using var cmd = pg.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter { Value = word });
        if (country is not null)
        {
            cmd.Parameters.Add(new NpgsqlParameter { Value = country });
            cmd.Parameters.Add(new NpgsqlParameter { Value = maxEqf });
            cmd.Parameters.Add(new NpgsqlParameter { Value = new[] { "Online", "Blended" } });
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var total = 0;
        while (await reader.ReadAsync(ct))
            total = (int)reader.GetInt64(2);
        return total;
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
