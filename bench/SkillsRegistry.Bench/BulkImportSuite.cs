using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Data.Providers;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Search.Lucene;

namespace SkillsRegistry.Bench;

internal sealed record BulkOptions(int Count, int Seed, string DataRoot, string RepoRoot, int TrackedCount, TimeSpan CatchUpBudget, bool ImportsOnly);

/// <summary>
/// The bulk-import benchmark: N generated credentials imported into fresh seeded SQLite databases through the real
/// <see cref="CredentialFileImporter"/> (catalogue JSON and CSV, bulk path; a smaller file through the tracked path), a raw
/// prepared-statement insert of the same credential and alignment rows in the same run, then the search index catch-up.
/// </summary>
internal sealed class BulkImportSuite(BulkOptions options)
{
    private readonly List<string> _lines = [];
    private readonly List<Row> _rows = [];
    private readonly List<string> _notes = [];

    public async Task<string> RunAsync()
    {
        var loadBefore = Machine.LoadAverage();
        var work = Path.Combine(options.RepoRoot, "bench", "work", $"bulk-{options.Count}");
        if (Directory.Exists(work))
            Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);

        Step("Loading ESCO taxonomy");
        var taxonomy = Taxonomy.Load(options.DataRoot);

        Step("Template database: migrate + full ESCO v1.1.1");
        var template = Path.Combine(work, "template.db");
        var sw = Stopwatch.StartNew();
        await using (var db = Open(template))
        {
            await db.Database.MigrateRegistryAsync();
            await Importers.RunAsync(ImportFormat.Esco, db, Taxonomy.CsvDirectory(options.DataRoot), null, null, CancellationToken.None);
        }
        SqliteConnection.ClearAllPools();
        var escoSeconds = sw.Elapsed.TotalSeconds;

        Step($"Generating {options.Count:N0} credentials (catalogue JSON, CSV, the first {options.TrackedCount:N0} as a second JSON)");
        sw.Restart();
        var generator = new Generator(taxonomy, options.Count, options.Seed);
        var jsonPath = Path.Combine(work, "catalogue.json");
        var csvPath = Path.Combine(work, "catalogue.csv");
        var trackedPath = Path.Combine(work, "catalogue-tracked.json");
        var credentials = new List<GeneratedCredential>(options.Count);
        using (var json = new CatalogueWriter(jsonPath, generator.Providers))
        using (var csv = new CsvCatalogueWriter(csvPath))
        using (var tracked = new CatalogueWriter(trackedPath, generator.Providers))
        {
            for (var i = 0; i < options.Count; i++)
            {
                var c = generator.Next(i);
                credentials.Add(c);
                json.Write(c);
                csv.Write(c);
                if (i < options.TrackedCount)
                    tracked.Write(c);
            }
        }
        var alignments = credentials.Sum(c => c.Alignments.Length);
        Console.WriteLine($"  {sw.Elapsed.TotalSeconds:F1} s; {alignments:N0} alignments ({(double)alignments / options.Count:F1} per credential); JSON {new FileInfo(jsonPath).Length / 1048576.0:F0} MB, CSV {new FileInfo(csvPath).Length / 1048576.0:F0} MB");

        Step("Raw prepared-statement insert (ADO.NET, one transaction, reused commands) of the same providers, credentials and alignments");
        var rawDb = Fresh(template, work, "raw");
        var rawSeconds = RawInsert.Run(rawDb, generator.Providers, credentials, DateTimeOffset.UtcNow);
        await AddRowAsync("raw prepared statements (credential + alignment rows only)", rawDb, rawSeconds, null);

        Step("CredentialFileImporter, catalogue JSON (bulk path for new credentials)");
        var jsonDb = Fresh(template, work, "json");
        var jsonReport = await ImportAsync(jsonDb, CredentialFileFormat.Catalogue, jsonPath, bulk: true);
        await AddRowAsync("importer, catalogue JSON", jsonDb, jsonReport.Seconds, jsonReport.Report);

        if (options.ImportsOnly)
            return "";

        Step("CredentialFileImporter, CSV (bulk path)");
        var csvDb = Fresh(template, work, "csv");
        var csvReport = await ImportAsync(csvDb, CredentialFileFormat.Csv, csvPath, bulk: true);
        await AddRowAsync("importer, CSV", csvDb, csvReport.Seconds, csvReport.Report);

        Step($"CredentialFileImporter, catalogue JSON of the first {options.TrackedCount:N0}, tracked path (EF change tracker + save hook, as before)");
        var trackedDb = Fresh(template, work, "tracked");
        var trackedReport = await ImportAsync(trackedDb, CredentialFileFormat.Catalogue, trackedPath, bulk: false);
        await AddRowAsync($"importer, catalogue JSON, tracked path ({options.TrackedCount:N0})", trackedDb, trackedReport.Seconds, trackedReport.Report);

        Step($"Re-import of the {options.TrackedCount:N0}-credential file into its database (idempotency: everything unchanged; existing credentials take the tracked path)");
        var again = await ImportAsync(trackedDb, CredentialFileFormat.Catalogue, trackedPath, bulk: true);
        var againCounts = again.Report.For("Credential");
        _notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Re-import of the {options.TrackedCount:N0}-credential JSON file into its database: {againCounts.Inserted} inserted, {againCounts.Updated} updated, {againCounts.Unchanged:N0} unchanged in {again.Seconds:F1} s ({againCounts.Unchanged / again.Seconds:N0}/s)."));

        Step($"Search index catch-up: drain the outbox as the API's SearchIndexer does (batches of {DrainBatchSize}) into an empty index");
        var drain = await DrainAsync(jsonDb, Path.Combine(work, "index-drain"));
        Step("Search index catch-up: RebuildAsync (what the API does at start when the index is stale)");
        var rebuild = await RebuildAsync(csvDb, Path.Combine(work, "index-rebuild"));

        var raw = _rows[0].PerSecond;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Bulk import benchmark — {DateTime.UtcNow:yyyy-MM-dd}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`bench/run-bulk-import.sh {options.Count}` (seed {options.Seed}). Machine: {Machine.Cpu()}, {Machine.Memory()}; load average before {loadBefore}, after {Machine.LoadAverage()} (another worker shares the cores).").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"N = {options.Count:N0} generated credentials over the full ESCO v1.1.1 taxonomy, {alignments:N0} alignments ({(double)alignments / options.Count:F1} per credential), {generator.Providers.Count:N0} providers. Each import starts from a fresh copy of one template database (migrated, full ESCO import: {escoSeconds:F1} s).").AppendLine();
        md.AppendLine("| run | seconds | credentials/s | ratio to raw | credentials | alignments | revisions | credential audit entries | outbox rows |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in _rows)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Name} | {row.Seconds:F1} | {row.PerSecond:N0} | {row.PerSecond / raw:F2} | {row.Counts.Credentials:N0} | {row.Counts.Alignments:N0} | {row.Counts.Revisions:N0} | {row.Counts.Audit:N0} | {row.Counts.Outbox:N0} |");
        }
        md.AppendLine();
        md.AppendLine("Importer times run from the file's bytes to the commit: parsing, validation, provider upsert, competency lookup, the");
        md.AppendLine("existing-credential lookup, and the writes of credentials, alignments, revisions (snapshot + changes JSON), audit");
        md.AppendLine("entries, outbox rows and the `supply` stamp. The raw baseline writes only providers, credentials and alignments from");
        md.AppendLine("rows already in memory. The CSV template carries no alignment weight or proficiency level.").AppendLine();
        md.AppendLine("Search index catch-up after the import (the index may lag; it must catch up):").AppendLine();
        md.AppendLine("| catch-up | seconds | credentials/s | documents in the index |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| outbox drain, batches of {DrainBatchSize:N0} (`IndexCredentialsAsync` + delete, as `SearchIndexer`) | {drain.Seconds:F1} | {drain.Documents / Math.Max(drain.Seconds, 1e-9):N0} | {drain.Documents:N0}{(drain.Left > 0 ? $" ({drain.Left:N0} outbox rows left when the budget ran out)" : "")} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| `RebuildAsync` | {rebuild.Seconds:F1} | {rebuild.Documents / Math.Max(rebuild.Seconds, 1e-9):N0} | {rebuild.Documents:N0} |");
        md.AppendLine();
        foreach (var note in _notes)
            md.AppendLine("- " + note);
        var resultsDir = Path.Combine(options.RepoRoot, "bench", "results");
        Directory.CreateDirectory(resultsDir);
        var suffix = options.Count == 100_000 ? "" : string.Create(CultureInfo.InvariantCulture, $"-{options.Count}");
        var path = Path.Combine(resultsDir, string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}-bulk-import{suffix}.md"));
        await File.WriteAllTextAsync(path, md.ToString());
        Console.WriteLine(md.ToString());
        Console.WriteLine($"Results: {path}");
        return path;
    }

    private static string Fresh(string template, string work, string name)
    {
        var path = Path.Combine(work, name + ".db");
        File.Copy(template, path, overwrite: true);
        return path;
    }

    private static SqliteRegistryDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options);

    private async Task<(ImportReport Report, double Seconds)> ImportAsync(string dbPath, CredentialFileFormat format, string file, bool bulk)
    {
        await using var db = Open(dbPath);
        var sw = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        var phases = new PhaseTimes(sw);
        var report = await new CredentialFileImporter(TimeProvider.System).ImportAsync(db, format, stream, Path.GetFileName(file),
            new CredentialImportOptions { BulkInsert = bulk }, phases, CancellationToken.None);
        var seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"  phases (seconds from the start at which each progress step was first / last reported): {phases}");
        var counts = report.For("Credential");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {seconds:F1} s: credentials +{counts.Inserted:N0} ~{counts.Updated} ={counts.Unchanged:N0}, alignments +{report.For("CredentialAlignment").Inserted:N0}, rejected {report.Rejected.Count}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB"));
        if (report.Rejected.Count > 0)
            _notes.Add($"{format} ({Path.GetFileName(file)}): {report.Rejected.Count} rejected rows, first: {report.Rejected[0].Reason}");
        return (report, seconds);
    }

    private async Task AddRowAsync(string name, string dbPath, double seconds, ImportReport? report)
    {
        await using var db = Open(dbPath);
        var counts = new TableCounts(
            await db.Credentials.IgnoreQueryFilters().CountAsync(),
            await db.Alignments.IgnoreQueryFilters().CountAsync(),
            await db.Revisions.IgnoreQueryFilters().CountAsync(),
            await db.AuditLog.CountAsync(a => a.EntityType == "Credential"),
            await db.SearchOutbox.CountAsync());
        var inserted = report?.For("Credential").Inserted ?? counts.Credentials;
        _rows.Add(new Row(name, seconds, inserted / seconds, counts));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {inserted:N0} credentials in {seconds:F1} s = {inserted / seconds:N0}/s; rows {counts}"));
    }

    /// <summary>The default of the API's <c>Search:OutboxBatchSize</c>.</summary>
    private const int DrainBatchSize = 2_000;

    private async Task<(double Seconds, int Documents, int Left)> DrainAsync(string dbPath, string indexDir)
    {
        using var search = LuceneCredentialSearch.Open(indexDir);
        var sw = Stopwatch.StartNew();
        var left = 0;
        while (true)
        {
            await using var db = Open(dbPath);
            var entries = await db.SearchOutbox.OrderBy(e => e.Id).Take(DrainBatchSize).ToListAsync();
            if (entries.Count == 0)
                break;
            if (sw.Elapsed > options.CatchUpBudget)
            {
                left = await db.SearchOutbox.CountAsync();
                _notes.Add($"The outbox drain stopped after its budget of {options.CatchUpBudget.TotalMinutes:F0} min.");
                break;
            }
            await search.IndexCredentialsAsync(db, entries.Select(e => e.CredentialId).Distinct().ToList(), CancellationToken.None);
            var handled = entries.Select(e => e.Id).ToList();
            await db.SearchOutbox.Where(e => handled.Contains(e.Id)).ExecuteDeleteAsync();
        }
        var seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"  {search.Status.DocumentCount:N0} documents in {seconds:F1} s");
        return (seconds, search.Status.DocumentCount, left);
    }

    private static async Task<(double Seconds, int Documents)> RebuildAsync(string dbPath, string indexDir)
    {
        using var search = LuceneCredentialSearch.Open(indexDir);
        await using var db = Open(dbPath);
        var sw = Stopwatch.StartNew();
        await search.RebuildAsync(db, null, CancellationToken.None);
        var seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine($"  {search.Status.DocumentCount:N0} documents in {seconds:F1} s");
        return (seconds, search.Status.DocumentCount);
    }

    /// <summary>When each progress step was first and last reported: a coarse profile of an import's phases.</summary>
    private sealed class PhaseTimes(Stopwatch clock) : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, (double First, double Last)> _steps = new(StringComparer.Ordinal);

        public void Report(ImportProgress value)
        {
            var step = value.Step[(value.Step.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            var now = clock.Elapsed.TotalSeconds;
            _steps[step] = _steps.TryGetValue(step, out var seen) ? (seen.First, now) : (now, now);
        }

        public override string ToString() =>
            string.Join("; ", _steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.First:F1}–{s.Value.Last:F1}")));
    }

    private static void Step(string text) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {text}");

    private sealed record TableCounts(int Credentials, int Alignments, int Revisions, int Audit, int Outbox);

    private sealed record Row(string Name, double Seconds, double PerSecond, TableCounts Counts);
}

/// <summary>
/// The baseline: the same providers, credentials and alignments written with hand-written SQL through reused, prepared
/// <see cref="SqliteCommand"/>s in one transaction, values converted as the EF model stores them on SQLite.
/// </summary>
internal static class RawInsert
{
    private static readonly DateTimeOffsetToBinaryConverter _time = new();

    public static double Run(string dbPath, IReadOnlyList<GeneratedProvider> providers, IReadOnlyList<GeneratedCredential> credentials, DateTimeOffset now)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        var sw = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        var competencies = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var lookup = connection.CreateCommand())
        {
            lookup.Transaction = transaction;
            lookup.CommandText = "SELECT Uri, Id FROM Competencies";
            using var reader = lookup.ExecuteReader();
            while (reader.Read())
                competencies[reader.GetString(0)] = reader.GetInt32(1);
        }
        var providerIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var insert = Command(connection, transaction,
            "INSERT INTO Providers (Name, Country, Region, Website, Identifiers, QualityAssurance, Accreditation) VALUES ($0, $1, $2, $3, $4, $5, NULL) RETURNING Id", 6))
        {
            foreach (var p in providers)
            {
                Set(insert, p.Name, p.Country.Code, p.Region, p.Website, JsonSerializer.Serialize(new[] { $"urn:example:provider:{p.Slug}" }), "fictional");
                providerIds[p.Name] = (long)insert.ExecuteScalar()!;
            }
        }
        var stamp = _time.ConvertToProvider(now);
        using var credential = Command(connection, transaction,
            "INSERT INTO Credentials (ProviderId, Title, Description, Type, Status, LearningOutcomes, EctsCredits, Hours, EqfLevel, NqfLevel, AssessmentType, "
            + "DeliveryMode, QualityAssuranceType, Prerequisites, Languages, CostAmount, CostCurrency, DurationDays, Regions, Url, ValidFrom, ValidUntil, "
            + "Ctid, OpenBadgeId, ExternalId, Version, CreatedAt, UpdatedAt) VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
            + "$16, $17, $18, $19, $20, $21, NULL, NULL, $22, 1, $23, $24) RETURNING Id", 25);
        using var alignment = Command(connection, transaction,
            "INSERT INTO Alignments (CredentialId, CompetencyId, Type, ProficiencyLevel, Weight, AssertedBy, Method, AssertedAt) VALUES ($0, $1, $2, $3, $4, $5, 'Import', $6)", 7);
        foreach (var c in credentials)
        {
            Set(credential, providerIds[c.Provider.Name], c.Title, c.Description, c.Type, c.Status, JsonSerializer.Serialize(c.LearningOutcomes),
                (double?)c.EctsCredits, (double)c.Hours, c.EqfLevel, c.NqfLevel, c.AssessmentType, c.DeliveryMode, c.QualityAssuranceType, c.Prerequisites,
                JsonSerializer.Serialize(c.Languages), (double)c.CostAmount, c.CostCurrency, c.DurationDays, JsonSerializer.Serialize(c.Regions), c.Url,
                c.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.ExternalId, stamp, stamp);
            var id = (long)credential.ExecuteScalar()!;
            foreach (var a in c.Alignments)
            {
                Set(alignment, id, competencies[a.CompetencyUri], a.Type, (double)a.ProficiencyLevel, a.Weight, c.Provider.Name, stamp);
                alignment.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return sw.Elapsed.TotalSeconds;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
            command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"${i}"), null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
