using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>
/// Imports a credential catalogue (the JSON shape of seed-data/demo-catalogue): providers by name, credentials by
/// (provider, externalId), alignments by competency URI and stackability by externalId — in one transaction.
/// </summary>
public sealed class CatalogueImporter(TimeProvider timeProvider)
{
    private readonly TimeProvider _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    public CatalogueImporter()
        : this(TimeProvider.System)
    {
    }

    /// <summary>False sends new credentials through the change tracker too (the reference the bulk insert is tested against).</summary>
    internal bool BulkInsert { get; init; } = true;

    public async Task<ImportReport> ImportAsync(RegistryDbContext db, string path, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var source = await CatalogueSource.ReadAsync(path, ct);
        return await RunAsync(db, source, _timeProvider.GetUtcNow(), progress, dryRun: false, BulkInsert, ct);
    }

    /// <summary>
    /// Runs the pipeline on an already parsed source in one transaction. A dry run does all the work, including the
    /// writes, then rolls the transaction back: the report is the one a real run would give.
    /// </summary>
    /// <remarks>
    /// New credentials are written by <see cref="BulkCredentialInsert"/> where it is supported (SQLite) unless
    /// <paramref name="bulk"/> is false; updates, stackability and providers always go through the change tracker.
    /// </remarks>
    internal static async Task<ImportReport> RunAsync(
        RegistryDbContext db, CatalogueSource source, DateTimeOffset now, IProgress<ImportProgress>? progress, bool dryRun, bool bulk, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new CatalogueRun(db, source, now, progress) { BulkInsert = bulk && BulkCredentialInsert.Supports(db) };
        try
        {
            var (detached, competencies) = await ImportAsync(run, ct);
            // The tracked save raises the supply stamp when it writes anything of the supply area; the bulk insert raises it otherwise.
            var stampRaised = detached.Count == 0 || DataStampWriter.Collect(db).Contains(DataStamp.Supply);
            await db.SaveChangesAsync(ct);
            run.ReportProgress("tracked changes saved", 1, 1);
            await BulkCredentialInsert.WriteAsync(run, detached, competencies, raiseStamp: !stampRaised, ct);
            if (dryRun)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
            else
            {
                await transaction.CommitAsync(ct);
                run.ReportProgress("committed", 1, 1);
            }
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        return run.Report;
    }

    private static async Task<(List<Credential> Detached, Dictionary<string, int> Competencies)> ImportAsync(CatalogueRun run, CancellationToken ct)
    {
        var providers = await ProviderUpsert.RunAsync(run, ct);
        var uris = run.Source.Credentials.SelectMany(c => c?.Alignments ?? []).Select(a => a?.CompetencyUri).OfType<string>();
        var competencies = await CompetencyLookup.LoadAsync(run.Db, uris, ct);
        var upsert = new CredentialUpsert(run, providers, competencies);
        var accepted = await upsert.RunAsync(ct);
        PartSync.Apply(run, accepted, upsert.ByKey);
        Count(run, accepted);
        return (upsert.Detached, competencies);
    }

    private static void Count(CatalogueRun run, IEnumerable<AcceptedCredential> accepted)
    {
        var counts = run.Report.For(CatalogueRun.CredentialEntity);
        foreach (var credential in accepted)
        {
            if (credential.IsNew)
            {
                counts.Inserted++;
            }
            else if (credential.Changed)
            {
                credential.Entity.Version++;
                credential.Entity.UpdatedAt = run.Now;
                counts.Updated++;
            }
            else
            {
                counts.Unchanged++;
            }
        }
    }
}
