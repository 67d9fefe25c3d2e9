using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Import;

namespace SkillsRegistry.Bench;

/// <summary>What preparing a benchmark database measured (kept next to the database, so a reused one still reports it).</summary>
internal sealed class PreparedData
{
    public double EscoSeconds { get; set; }
    public int EscoRows { get; set; }
    public double GenerateSeconds { get; set; }
    public long CatalogueBytes { get; set; }
    public double ImportSeconds { get; set; }
    public long ImportPeakMb { get; set; }
    public int ImportRejected { get; set; }
    public int ImportUnresolved { get; set; }
    public int Credentials { get; set; }
    public int Published { get; set; }
    public int Alignments { get; set; }
    public int Providers { get; set; }
    public List<string> Notes { get; set; } = [];
    public bool Reused { get; set; }
}

/// <summary>
/// The scratch database every suite measures: the full ESCO v1.1.1 release through the real importer, then N generated
/// credentials through the real <c>CatalogueImporter</c> (one file per context, stopped at the budget).
/// </summary>
internal static class BenchData
{
    private const string Marker = "prepared.json";

    public static string ConnectionString(string dataDir) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "registry.db"), Pooling = false }.ToString();

    /// <summary>
    /// Prepares <paramref name="work"/>/data (deleting what is there) — or, with <paramref name="reuse"/>, keeps a
    /// database a previous run of the same work folder completed.
    /// </summary>
    public static async Task<PreparedData> PrepareAsync(string work, int count, int seed, string dataRoot, int perFile, TimeSpan importBudget, bool reuse)
    {
        var dataDir = Path.Combine(work, "data");
        var marker = Path.Combine(work, Marker);
        if (reuse && File.Exists(marker) && File.Exists(Path.Combine(dataDir, "registry.db")))
        {
            var kept = JsonSerializer.Deserialize<PreparedData>(await File.ReadAllTextAsync(marker)) ?? new PreparedData();
            kept.Reused = true;
            Step($"Reusing the database prepared earlier in {work}");
            return kept;
        }
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(dataDir);
        var connection = ConnectionString(dataDir);
        var prepared = new PreparedData();

        Step("Migrating and importing full ESCO v1.1.1");
        await using (var db = Open(connection, tracking: true))
        {
            await db.Database.MigrateRegistryAsync();
            var sw = Stopwatch.StartNew();
            var esco = await Importers.RunAsync(ImportFormat.Esco, db, Taxonomy.CsvDirectory(dataRoot), null, null, CancellationToken.None);
            prepared.EscoSeconds = sw.Elapsed.TotalSeconds;
            prepared.EscoRows = esco.Counts.Values.Sum(c => c.Total);
        }

        Step($"Generating {count:N0} credentials");
        var gen = Stopwatch.StartNew();
        var files = new Generator(Taxonomy.Load(dataRoot), count, seed).Write(Path.Combine(work, "catalogue.json"), perFile);
        prepared.GenerateSeconds = gen.Elapsed.TotalSeconds;
        prepared.CatalogueBytes = files.Sum(f => new FileInfo(f).Length);

        Step($"Importing {files.Count} catalogue file(s) through CatalogueImporter");
        var import = Stopwatch.StartNew();
        foreach (var file in files)
        {
            if (import.Elapsed > importBudget)
            {
                prepared.Notes.Add($"Catalogue import stopped after {import.Elapsed.TotalMinutes:F1} min (budget {importBudget.TotalMinutes:F0} min): {files.Count - files.IndexOf(file)} of {files.Count} files not imported.");
                break;
            }
            await using var db = Open(connection, tracking: true);
            var chunk = Stopwatch.StartNew();
            var report = await Importers.RunAsync(ImportFormat.Catalogue, db, file, null, null, CancellationToken.None);
            prepared.ImportRejected += report.Rejected.Count;
            prepared.ImportUnresolved += report.Unresolved.Values.Sum();
            Console.WriteLine($"  {Path.GetFileName(file)}: {string.Join(", ", report.Counts.Select(kv => $"{kv.Key} +{kv.Value.Inserted}"))} in {chunk.Elapsed.TotalSeconds:F1} s; rejected {report.Rejected.Count}; working set {Environment.WorkingSet / 1048576} MB");
        }
        prepared.ImportSeconds = import.Elapsed.TotalSeconds;
        prepared.ImportPeakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
        foreach (var file in files)
            File.Delete(file);

        await using (var db = Open(connection, tracking: false))
        {
            prepared.Credentials = await db.Credentials.CountAsync();
            prepared.Published = await db.Credentials.CountAsync(x => x.Status == Core.Model.CredentialStatus.Published);
            prepared.Alignments = await db.Alignments.CountAsync();
            prepared.Providers = await db.Providers.CountAsync();
        }
        Console.WriteLine($"  {prepared.Credentials:N0} credentials in {prepared.ImportSeconds:F1} s = {prepared.Credentials / prepared.ImportSeconds:F0}/s");
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(prepared));
        return prepared;
    }

    public static SqliteRegistryDbContext Open(string connection, bool tracking) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite(connection)
            .UseQueryTrackingBehavior(tracking ? QueryTrackingBehavior.TrackAll : QueryTrackingBehavior.NoTracking)
            .Options);

    /// <summary>An emptied <c>bench/work/&lt;name&gt;/data</c> folder for an API started from scratch.</summary>
    public static string FreshDataDirectory(string repoRoot, string name)
    {
        var work = Path.Combine(repoRoot, "bench", "work", name);
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        var dataDir = Path.Combine(work, "data");
        Directory.CreateDirectory(dataDir);
        return dataDir;
    }

    public static void Step(string text) => Console.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] {text}");
}
