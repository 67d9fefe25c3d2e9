using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>
/// Writes the new credentials of an import without the change tracker: the credential, its alignments, its
/// <see cref="RevisionKind.Created"/> revision and audit entry (built by <see cref="RevisionWriter.RecordCreated"/> from the
/// same snapshot the save hook would load), its search outbox row and the <c>supply</c> data stamp — through prepared
/// commands on the import's connection and transaction, so the rows are the ones the tracked path writes and a failure
/// rolls them back with the rest of the file.
/// </summary>
/// <remarks>
/// Used on SQLite only: it has one writer at a time, so revision ids follow commit order without the change-feed lock
/// other databases take in <see cref="RegistryDbContext.SaveChangesAsync(bool, CancellationToken)"/>; elsewhere every
/// credential goes through the tracked path.
/// </remarks>
internal static class BulkCredentialInsert
{
    private const int ProgressEvery = 5_000;

    public static bool Supports(RegistryDbContext db) => db.Database.IsSqlite() && db.Database.CurrentTransaction is not null;

    /// <summary>
    /// Inserts <paramref name="credentials"/> (new, not tracked; providers already saved) with their alignments.
    /// <paramref name="raiseStamp"/> is false when the tracked save of the same import already raised the stamp.
    /// </summary>
    public static async Task WriteAsync(CatalogueRun run, IReadOnlyList<Credential> credentials, Dictionary<string, int> competencies,
        bool raiseStamp, CancellationToken ct)
    {
        if (credentials.Count == 0)
            return;
        var db = run.Db;
        var uris = competencies.ToDictionary(p => p.Value, p => p.Key);
        var actor = db.Viewer.Actor;
        var now = DateTimeOffset.UtcNow;
        // Keys are assigned here rather than read back per row (RETURNING costs more than the insert itself), the way
        // AUTOINCREMENT would: after the highest key the table ever had. The import's transaction is the only writer.
        using var credentialRows = TableInserter<Credential>.Create(db, GeneratedKey.Explicit);
        using var alignmentRows = TableInserter<CredentialAlignment>.Create(db, GeneratedKey.Omit);
        using var revisionRows = TableInserter<CredentialRevision>.Create(db, GeneratedKey.Explicit);
        using var auditRows = TableInserter<AuditEntry>.Create(db, GeneratedKey.Omit);
        using var outboxRows = TableInserter<SearchOutboxEntry>.Create(db, GeneratedKey.Omit);
        var nextCredentialId = await NextKeyAsync(db, credentialRows.Table, credentialRows.KeyColumn!, ct);
        var nextRevisionId = await NextKeyAsync(db, revisionRows.Table, revisionRows.KeyColumn!, ct);
        for (var i = 0; i < credentials.Count; i++)
        {
            var credential = credentials[i];
            credential.ProviderId = credential.Provider.Id;
            credential.Id = checked((int)nextCredentialId++);
            credentialRows.Insert(credential);
            credentialRows.AsStored(credential);
            foreach (var alignment in credential.Alignments)
            {
                alignment.CredentialId = credential.Id;
                alignmentRows.Insert(alignment);
            }
            var snapshot = CredentialSnapshot.Of(credential,
                credential.Alignments.Select(a => new SnapshotAlignment(a.CompetencyId, uris[a.CompetencyId], a.Type, a.Weight, a.ProficiencyLevel, a.AssertedBy)),
                [], []);
            var (revision, audit) = RevisionWriter.RecordCreated(credential.Id, credential.ProviderId, snapshot, actor, now);
            audit.RevisionId = revision.Id = nextRevisionId++;
            revisionRows.Insert(revision);
            audit.Revision = null;
            auditRows.Insert(audit);
            outboxRows.Insert(new SearchOutboxEntry { CredentialId = credential.Id, EnqueuedAt = now });
            if ((i + 1) % ProgressEvery == 0 || i + 1 == credentials.Count)
            {
                ct.ThrowIfCancellationRequested();
                run.ReportProgress("writing new credentials", i + 1, credentials.Count);
            }
        }
        if (raiseStamp)
            await DataStampWriter.RaiseAsync(db, [DataStamp.Supply], ct);
    }

    /// <summary>The key SQLite's AUTOINCREMENT would give the next row of <paramref name="table"/>.</summary>
    private static async Task<long> NextKeyAsync(RegistryDbContext db, string table, string keyColumn, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var name = table.Trim('"').Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{name}'), 0), COALESCE((SELECT MAX({keyColumn}) FROM {table}), 0)) + 1";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}
