using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkillsRegistry.Api.Tests.Infrastructure;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Tests.Faults;

/// <summary>
/// <c>kill -9</c> of the real CLI in the middle of a folder import (one transaction per file): every file is then either
/// wholly in the database (credentials, alignments, parts, revisions, audit rows, outbox rows) or not at all, no file
/// the CLI reported as committed is lost, and running the same import again completes the catalogue exactly once.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Files = 6;
    private const int CopiesPerFile = 1;
    private static readonly TimeSpan _deadline = TimeSpan.FromMinutes(3);
    private readonly string _directory = DatabaseTemplates.NewTempDirectory();

    [Fact]
    public async Task Kill_9_during_a_SQLite_folder_import_leaves_whole_files_and_the_rerun_completes_it()
    {
        var settings = await DatabaseTemplates.SqliteCopyAsync();
        await KillAndRerunAsync(new SqliteTarget(settings["Registry:DataDirectory"]!));
    }

    [SkippableFact]
    public async Task Kill_9_during_a_PostgreSQL_folder_import_leaves_whole_files_and_the_rerun_completes_it()
    {
        var settings = await DatabaseTemplates.PostgresCopyAsync();
        await KillAndRerunAsync(new PostgresTarget(settings["ConnectionStrings:Registry"]!, settings["Registry:DataDirectory"]!));
    }

    /// <summary>On a copy of the seeded database (the competencies the catalogue aligns to are there).</summary>
    private async Task KillAndRerunAsync(Target target)
    {
        var folder = Path.Combine(_directory, "catalogue");
        var perFile = WriteCatalogueFiles(folder);

        var committed = await RunAndKillAsync(["import", "catalogue", folder, .. target.Arguments], minimumCommitted: 1);

        await target.AssertIntactAsync();
        var afterKill = await CountPerFileAsync(target);
        var present = afterKill.Where(f => f.Value.Credentials > 0).Select(f => f.Key).ToList();
        Assert.All(committed, file => Assert.Contains(file, present));
        Assert.True(present.Count < Files, $"The import finished before the kill ({present.Count} of {Files} files): make the files bigger.");
        var whole = afterKill[present[0]];
        Assert.Equal(perFile, whole.Credentials);
        Assert.True(whole.Alignments > 0 && whole.Parts > 0, $"Files carry no alignments or parts: {whole}");
        Assert.Equal((whole.Credentials, whole.Credentials, whole.Credentials), (whole.Revisions, whole.AuditRows, whole.OutboxRows));
        foreach (var (file, counts) in afterKill)
            Assert.True(counts == whole || counts == FileCounts.None, $"{file} is half imported: {counts} (a whole file: {whole})");
        Assert.Equal(0, await target.CountAsync(db => db.Credentials.CountAsync(c => c.ExternalId!.StartsWith("f0"))) % perFile);

        var rerun = await RunToEndAsync(["import", "catalogue", folder, .. target.Arguments]);
        Assert.True(rerun.ExitCode == 0, rerun.Output);

        var afterRerun = await CountPerFileAsync(target);
        Assert.All(afterRerun, f => Assert.True(f.Value == whole, $"{f.Key} after the rerun: {f.Value} (expected {whole})"));
        Assert.Equal(Files * perFile, await target.CountAsync(db => db.Credentials.CountAsync(c => c.ExternalId!.StartsWith("f0"))));
        Assert.Equal(Files * perFile, await target.CountAsync(db => db.Credentials.Where(c => c.ExternalId!.StartsWith("f0")).Select(c => c.ExternalId).Distinct().CountAsync()));
        await target.AssertIntactAsync();
    }

    /// <summary>Copies of the shipped catalogue, each with its own external ids (stackability links renamed alike).</summary>
    private static int WriteCatalogueFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var shipped = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Under("seed-data", "demo-catalogue", "catalogue.json")))!;
        var perFile = 0;
        for (var file = 0; file < Files; file++)
        {
            var document = shipped.DeepClone();
            var credentials = new JsonArray();
            for (var copy = 0; copy < CopiesPerFile; copy++)
            {
                var prefix = $"{FilePrefix(file)}c{copy}-";
                foreach (var original in shipped["credentials"]!.AsArray())
                {
                    var credential = original!.DeepClone();
                    credential["externalId"] = prefix + (string)credential["externalId"]!;
                    credential["title"] = $"{(string)credential["title"]!} ({prefix.TrimEnd('-')})";
                    credential["url"] = null;
                    credential["ctid"] = null;
                    credential["openBadgeId"] = null;
                    if (credential["partOf"] is JsonArray partOf)
                        credential["partOf"] = new JsonArray([.. partOf.Select(p => (JsonNode?)JsonValue.Create(prefix + (string)p!))]);
                    credentials.Add(credential);
                }
            }
            document["credentials"] = credentials;
            perFile = credentials.Count;
            File.WriteAllText(Path.Combine(folder, $"{FilePrefix(file)}catalogue.json"), document.ToJsonString());
        }
        return perFile;
    }

    private static string FilePrefix(int file) => $"f{file:D2}-";

    private static async Task<Dictionary<string, FileCounts>> CountPerFileAsync(Target target)
    {
        var counts = new Dictionary<string, FileCounts>();
        for (var file = 0; file < Files; file++)
        {
            var prefix = FilePrefix(file);
            counts[$"{prefix}catalogue.json"] = await target.CountAsync(async db =>
            {
                var ids = db.Credentials.Where(c => c.ExternalId!.StartsWith(prefix)).Select(c => c.Id);
                return new FileCounts(
                    await ids.CountAsync(),
                    await db.Alignments.CountAsync(a => ids.Contains(a.CredentialId)),
                    await db.CredentialParts.CountAsync(p => ids.Contains(p.WholeId)),
                    await db.Revisions.CountAsync(r => ids.Contains(r.CredentialId)),
                    await db.AuditLog.CountAsync(a => a.EntityType == nameof(Credential) && ids.Contains(a.EntityId)),
                    await db.SearchOutbox.CountAsync(o => ids.Contains(o.CredentialId)));
            });
        }
        return counts;
    }

    /// <summary>
    /// Starts the CLI, waits until it reports <paramref name="minimumCommitted"/> files committed, lets it get half way into
    /// the next one (half the time the first file took) and kills it; returns the files it reported as committed.
    /// </summary>
    private async Task<IReadOnlyList<string>> RunAndKillAsync(string[] arguments, int minimumCommitted)
    {
        using var cli = StartCli(arguments);
        var errors = cli.StandardError.ReadToEndAsync();
        var output = new StringBuilder();
        var committed = new List<string>();
        var watch = Stopwatch.StartNew();
        var firstCommitAt = TimeSpan.Zero;
        while (committed.Count < minimumCommitted)
        {
            var line = await cli.StandardOutput.ReadLineAsync().WaitAsync(_deadline)
                ?? throw new InvalidOperationException("The CLI ended before committing a file:\n" + output + await errors);
            output.AppendLine(line);
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                committed.Add(line.Split(' ')[1]);
                firstCommitAt = watch.Elapsed;
            }
        }
        var drain = DrainAsync(cli.StandardOutput, output, committed);
        await Task.Delay(firstCommitAt / (2 * minimumCommitted));
        cli.Kill(entireProcessTree: true); // SIGKILL on Unix
        await cli.WaitForExitAsync().WaitAsync(_deadline);
        await drain.WaitAsync(_deadline);
        await errors.WaitAsync(_deadline);
        Assert.Equal(128 + 9, cli.ExitCode); // ended by SIGKILL
        return committed;
    }

    private static async Task DrainAsync(StreamReader reader, StringBuilder output, List<string> committed)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                lock (committed)
                    committed.Add(line.Split(' ')[1]);
            }
        }
    }

    private async Task<(int ExitCode, string Output)> RunToEndAsync(string[] arguments)
    {
        using var cli = StartCli(arguments);
        var stdout = cli.StandardOutput.ReadToEndAsync();
        var stderr = cli.StandardError.ReadToEndAsync();
        await cli.WaitForExitAsync().WaitAsync(_deadline);
        return (cli.ExitCode, await stdout + await stderr);
    }

    /// <summary>The built executable as an operator runs it: <c>dotnet SkillsRegistry.Api.dll …</c>, in its own process.</summary>
    private Process StartCli(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SkillsRegistry.Api.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Plain lines, no live progress bars, so "committed <file>" can be read as it happens.
        start.Environment["TERM"] = "dumb";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "400";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the CLI.");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it lives under the temp folder.
        }
    }

    private sealed record FileCounts(int Credentials, int Alignments, int Parts, int Revisions, int AuditRows, int OutboxRows)
    {
        public static FileCounts None { get; } = new(0, 0, 0, 0, 0, 0);
    }

    private abstract class Target
    {
        public abstract string[] Arguments { get; }

        protected abstract RegistryDbContext Open();

        public async Task<T> CountAsync<T>(Func<RegistryDbContext, Task<T>> count)
        {
            await using var db = Open();
            return await count(db);
        }

        public abstract Task AssertIntactAsync();
    }

    private sealed class SqliteTarget(string directory) : Target
    {
        private string ConnectionString => $"Data Source={Path.Combine(directory, "registry.db")}";

        public override string[] Arguments => [$"--Registry:DataDirectory={directory}"];

        protected override RegistryDbContext Open() =>
            new SqliteRegistryDbContext(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite(ConnectionString).Options);

        public override async Task AssertIntactAsync()
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await check.ExecuteScalarAsync());
        }
    }

    private sealed class PostgresTarget(string connectionString, string directory) : Target
    {
        public override string[] Arguments =>
            ["--Database:Provider=PostgreSql", $"--ConnectionStrings:Registry={connectionString}", $"--Registry:DataDirectory={directory}"];

        protected override RegistryDbContext Open() =>
            new PostgreSqlRegistryDbContext(new DbContextOptionsBuilder<PostgreSqlRegistryDbContext>().UseNpgsql(connectionString).Options);

        /// <summary>PostgreSQL rolls back the killed session's transaction itself; what is left must be readable and consistent.</summary>
        public override async Task AssertIntactAsync()
        {
            await using var db = Open();
            Assert.Equal(0, await db.Alignments.CountAsync(a => !db.Credentials.Any(c => c.Id == a.CredentialId)));
            Assert.Equal(0, await db.Revisions.CountAsync(r => !db.Credentials.Any(c => c.Id == r.CredentialId)));
        }
    }
}
