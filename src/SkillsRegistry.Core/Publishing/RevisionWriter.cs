using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// Makes every saved change to a credential (its fields, alignments or stackability) an immutable revision with the
/// changed fields and a snapshot, bumps the credential's version, and writes an audit entry per changed credential,
/// provider and API key — all in the transaction of the change. Revisions are compared with the previous revision's
/// snapshot rather than with tracked original values, so every write path (mutations, importers) is covered alike.
/// </summary>
internal sealed class RevisionWriter
{
    private readonly Dictionary<Credential, CredentialStatus?> _credentials = new(ReferenceEqualityComparer.Instance);
    private readonly List<(object Entity, string Action)> _audited = [];

    public bool IsEmpty => _credentials.Count == 0 && _audited.Count == 0;

    public bool WritesRevisions => _credentials.Count > 0;

    /// <summary>Before the save: finds changed credentials (loading the ones only a child row points at) and bumps their versions.</summary>
    public static async Task<RevisionWriter> PrepareAsync(RegistryDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var writer = new RevisionWriter();
        var touchedIds = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case Credential credential when entry.State == EntityState.Added:
                    writer._credentials[credential] = null;
                    break;
                case Credential credential when entry.State == EntityState.Modified:
                    writer._credentials[credential] = db.Entry(credential).Property(c => c.Status).OriginalValue;
                    break;
                case CredentialAlignment alignment:
                    AddTouched(touchedIds, alignment.Credential, alignment.CredentialId);
                    break;
                case CredentialPart part:
                    AddTouched(touchedIds, part.Part, part.PartId);
                    AddTouched(touchedIds, part.Whole, part.WholeId);
                    break;
                case Provider:
                    writer._audited.Add((entry.Entity, entry.State == EntityState.Added ? "provider.created" : "provider.updated"));
                    break;
                case ApiKey key when entry.State == EntityState.Added:
                    writer._audited.Add((key, "apiKey.created"));
                    break;
                case ApiKey key when entry.State == EntityState.Modified:
                    writer._audited.Add((key, key.RevokedAt is null ? "apiKey.updated" : "apiKey.revoked"));
                    break;
            }
        }
        await writer.TrackTouchedAsync(db, touchedIds, ct);
        foreach (var credential in writer._credentials.Keys)
        {
            var entry = db.Entry(credential);
            if (entry.State == EntityState.Added)
            {
                credential.Version = 1;
                continue;
            }
            entry.Property(c => c.Version).CurrentValue = entry.Property(c => c.Version).OriginalValue + 1;
            // Importers and callers with their own clock set it themselves; a change made only to child rows did not.
            if (!entry.Property(c => c.UpdatedAt).IsModified || entry.Property(c => c.UpdatedAt).CurrentValue == entry.Property(c => c.UpdatedAt).OriginalValue)
                credential.UpdatedAt = now;
        }
        return writer;
    }

    private static void AddTouched(HashSet<int> touchedIds, Credential? tracked, int credentialId)
    {
        if (tracked is null || credentialId > 0)
            touchedIds.Add(credentialId);
    }

    private async Task TrackTouchedAsync(RegistryDbContext db, HashSet<int> ids, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Credential>().Where(e => e.State != EntityState.Added).ToDictionary(e => e.Entity.Id, e => e);
        var missing = new List<int>();
        foreach (var id in ids)
        {
            if (!tracked.TryGetValue(id, out var entry))
                missing.Add(id);
            else if (entry.State == EntityState.Unchanged)
                Touch(entry.Entity, db);
        }
        if (missing.Count == 0)
            return;
        var loaded = await db.Credentials.IgnoreQueryFilters().AsTracking().Where(c => missing.Contains(c.Id)).ToListAsync(ct);
        foreach (var credential in loaded)
            Touch(credential, db);
    }

    private void Touch(Credential credential, RegistryDbContext db)
    {
        db.Entry(credential).State = EntityState.Modified;
        _credentials.TryAdd(credential, credential.Status);
    }

    /// <summary>After the save (ids are known): adds the revisions and audit entries, to be saved in the same transaction.</summary>
    public async Task AddRevisionsAsync(RegistryDbContext db, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var ids = _credentials.Keys.Select(c => c.Id).ToList();
        var snapshots = await LoadSnapshotsAsync(db, ids, ct);
        var previous = await LoadPreviousAsync(db, ids, ct);
        foreach (var (credential, originalStatus) in _credentials)
        {
            if (!snapshots.TryGetValue(credential.Id, out var snapshot))
                continue;
            var (revision, audit) = Record(credential.Id, credential.ProviderId, previous.GetValueOrDefault(credential.Id), snapshot, originalStatus, actor, now);
            db.Revisions.Add(revision);
            db.AuditLog.Add(audit);
        }
        foreach (var (entity, action) in _audited)
            db.AuditLog.Add(AuditOf(entity, action, actor, now));
    }

    /// <summary>
    /// The revision and audit entry of one change: <paramref name="previous"/> is the last revision's snapshot (null for a new
    /// credential), <paramref name="originalStatus"/> the status before the change (null for a new credential). Shared by the
    /// save hook and the bulk import of new credentials, so both write the same rows.
    /// </summary>
    internal static (CredentialRevision Revision, AuditEntry Audit) Record(
        int credentialId, int providerId, CredentialSnapshot? previous, CredentialSnapshot snapshot, CredentialStatus? originalStatus, string actor, DateTimeOffset now)
    {
        if (originalStatus is null)
            return RecordCreated(credentialId, providerId, snapshot, actor, now);
        var changes = FieldChange.Between(previous, snapshot);
        var kind = snapshot.Status != originalStatus && snapshot.Status == CredentialStatus.Published ? RevisionKind.Published
            : snapshot.Status != originalStatus && snapshot.Status == CredentialStatus.Retired ? RevisionKind.Retired
            : RevisionKind.Updated;
        return Rows(credentialId, providerId, snapshot, kind, FieldChange.ToJson(changes), snapshot.ToJson(),
            string.Join(", ", changes.Select(c => c.Field)), actor, now);
    }

    /// <summary>
    /// The revision of a new credential: the snapshot alone (its changes are derived from it when read) and the title
    /// as the audit summary. Also the bulk import's hot path, so both write the same rows.
    /// </summary>
    internal static (CredentialRevision Revision, AuditEntry Audit) RecordCreated(
        int credentialId, int providerId, CredentialSnapshot snapshot, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Rows(credentialId, providerId, snapshot, RevisionKind.Created, changesJson: null, snapshot.ToJson(), snapshot.Title, actor, now);
    }

    private static (CredentialRevision Revision, AuditEntry Audit) Rows(int credentialId, int providerId, CredentialSnapshot snapshot,
        RevisionKind kind, string? changesJson, string snapshotJson, string summary, string actor, DateTimeOffset now)
    {
        var revision = new CredentialRevision
        {
            CredentialId = credentialId,
            ProviderId = providerId,
            Version = snapshot.Version,
            Kind = kind,
            Status = snapshot.Status,
            Actor = actor,
            At = now,
            Changes = changesJson,
            Snapshot = snapshotJson,
        };
        var audit = new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = "credential." + kind.ToString().ToLowerInvariant(),
            EntityType = nameof(Credential),
            EntityId = credentialId,
            ProviderId = providerId,
            Summary = summary,
            Revision = revision,
        };
        return (revision, audit);
    }

    private static AuditEntry AuditOf(object entity, string action, string actor, DateTimeOffset now) => entity switch
    {
        Provider p => new AuditEntry { At = now, Actor = actor, Action = action, EntityType = nameof(Provider), EntityId = p.Id, ProviderId = p.Id, Summary = p.Name },
        ApiKey k => new AuditEntry { At = now, Actor = actor, Action = action, EntityType = nameof(ApiKey), EntityId = k.Id, ProviderId = k.ProviderId, Summary = $"{k.Prefix} ({k.Name}, {k.Role})" },
        _ => throw new InvalidOperationException($"No audit entry for {entity.GetType().Name}."),
    };

    private static async Task<Dictionary<int, CredentialSnapshot>> LoadSnapshotsAsync(RegistryDbContext db, List<int> ids, CancellationToken ct)
    {
        var credentials = await db.Credentials.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var alignments = (await db.Alignments.IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.CredentialId))
                .Select(a => new { a.CredentialId, Alignment = new SnapshotAlignment(a.CompetencyId, a.Competency.Uri, a.Type, a.Weight, a.ProficiencyLevel, a.AssertedBy) })
                .ToListAsync(ct))
            .ToLookup(a => a.CredentialId, a => a.Alignment);
        var links = await db.CredentialParts.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.PartId) || ids.Contains(p.WholeId)).ToListAsync(ct);
        var partOf = links.ToLookup(p => p.PartId, p => p.WholeId);
        var parts = links.ToLookup(p => p.WholeId, p => p.PartId);
        return credentials.ToDictionary(c => c.Id, c => CredentialSnapshot.Of(c, alignments[c.Id], partOf[c.Id], parts[c.Id]));
    }

    private static async Task<Dictionary<int, CredentialSnapshot>> LoadPreviousAsync(RegistryDbContext db, List<int> ids, CancellationToken ct)
    {
        var latest = db.Revisions.Where(r => ids.Contains(r.CredentialId)).GroupBy(r => r.CredentialId).Select(g => g.Max(r => r.Id));
        var rows = await db.Revisions.AsNoTracking().Where(r => latest.Contains(r.Id)).Select(r => new { r.CredentialId, r.Snapshot }).ToListAsync(ct);
        return rows.ToDictionary(r => r.CredentialId, r => CredentialSnapshot.FromJson(r.Snapshot));
    }
}
