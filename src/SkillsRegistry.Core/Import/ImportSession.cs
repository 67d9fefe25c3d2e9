using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Csv;

namespace SkillsRegistry.Core.Import;

/// <summary>
/// The shared mechanics of one import run: change tracking switched to explicit mode, one transaction for the
/// whole run with a save every <see cref="ImportOptions.BatchSize"/> rows (so a failure part-way, such as a
/// malformed file, leaves the database as it was), progress per file, and rejected rows recorded.
/// </summary>
internal sealed class ImportSession(
    RegistryDbContext db, ImportReport report, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct)
{
    private int BatchSize => options.BatchSize;

    public RegistryDbContext Db => db;
    public ImportReport Report => report;
    public CancellationToken Token => ct;

    /// <summary>Runs <paramref name="handleRow"/> on every record; a non-null result rejects the row with that reason.</summary>
    public async Task ForEachRowAsync(CsvFile file, Func<CsvFile, string?> handleRow)
    {
        while (ReadOrThrow(file))
        {
            ct.ThrowIfCancellationRequested();
            if (handleRow(file) is { } reason)
            {
                report.Reject(file.Name, file.Line, reason);
            }
            if (file.RecordsRead % BatchSize == 0)
            {
                await SaveAsync();
                progress?.Report(new ImportProgress(file.Name, file.RecordsRead));
            }
        }
        await SaveAsync();
        progress?.Report(new ImportProgress(file.Name, file.RecordsRead, file.RecordsRead));
    }

    /// <summary>Reads every record without writing (for sources merged before they are stored).</summary>
    public void Scan(CsvFile file, Func<CsvFile, string?> handleRow)
    {
        while (ReadOrThrow(file))
        {
            ct.ThrowIfCancellationRequested();
            if (handleRow(file) is { } reason)
            {
                report.Reject(file.Name, file.Line, reason);
            }
        }
        progress?.Report(new ImportProgress(file.Name, file.RecordsRead, file.RecordsRead));
    }

    /// <summary>Writes already-collected items, saving every <see cref="ImportOptions.BatchSize"/> of them.</summary>
    public async Task WriteAsync<T>(string step, IReadOnlyList<T> items, Action<T> apply)
    {
        for (var start = 0; start < items.Count; start += BatchSize)
        {
            ct.ThrowIfCancellationRequested();
            var end = Math.Min(items.Count, start + BatchSize);
            for (var i = start; i < end; i++)
            {
                apply(items[i]);
            }
            await SaveAsync();
            progress?.Report(new ImportProgress(step, end, items.Count));
        }
    }

    /// <summary>The next record; a file that stops being valid CSV part-way is a format error with its location.</summary>
    private static bool ReadOrThrow(CsvFile file)
    {
        try
        {
            return file.Read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ImportFormatException)
        {
            throw new ImportFormatException($"{file.Name}, after line {file.Line}: not valid CSV ({ex.Message}). Nothing was imported.");
        }
    }

    public async Task SaveAsync()
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Runs <paramref name="body"/> with tracking on and automatic change detection off, restoring both after.</summary>
    public static async Task<ImportReport> RunAsync(
        RegistryDbContext db, ImportOptions options, IProgress<ImportProgress>? progress, Func<ImportSession, Task> body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var report = new ImportReport();
        var tracking = db.ChangeTracker.QueryTrackingBehavior;
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.TrackAll;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await body(new ImportSession(db, report, options, progress, ct));
            await transaction.CommitAsync(ct);
            return report;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.QueryTrackingBehavior = tracking;
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }
}
