using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Validates each catalogue credential and inserts it, or applies it to the stored one with the same key.</summary>
internal sealed class CredentialUpsert(CatalogueRun run, Dictionary<string, Provider> providers, Dictionary<string, int> competencies)
{
    private const int ProgressEvery = 50;
    private readonly HashSet<CredentialKey> _seen = [];

    private const int ExistingLookupChunk = 500;

    public Dictionary<CredentialKey, Credential> ByKey { get; } = [];

    /// <summary>New credentials left out of the change tracker, for <see cref="BulkCredentialInsert"/> (empty unless it is enabled).</summary>
    public List<Credential> Detached { get; } = [];

    private HashSet<string>? _wholes;

    public async Task<List<AcceptedCredential>> RunAsync(CancellationToken ct)
    {
        await LoadExistingAsync(ct);
        run.ReportProgress("existing credentials loaded", ByKey.Count, ByKey.Count);
        var accepted = new List<AcceptedCredential>();
        var credentials = run.Source.Credentials;
        for (var i = 0; i < credentials.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (Upsert(i, credentials[i]) is { } result)
            {
                accepted.Add(result);
            }
            if ((i + 1) % ProgressEvery == 0 || i + 1 == credentials.Count)
            {
                run.ReportProgress("credentials", i + 1, credentials.Count);
            }
        }
        return accepted;
    }

    /// <summary>
    /// Loads the stored credentials this file names or stacks into (by provider and external id), in chunks so the parameter lists
    /// stay small: the cost follows the file, not everything the providers already have in the database.
    /// </summary>
    private async Task LoadExistingAsync(CancellationToken ct)
    {
        var providerIds = providers.Values.Where(p => p.Id != 0).Select(p => p.Id).ToHashSet();
        if (providerIds.Count == 0)
            return;
        // The credentials of the file, and the larger ones they stack into (which may come from an earlier import).
        var externalIds = run.Source.Credentials.OfType<CatalogueCredential>()
            .SelectMany(c => (c.PartOf ?? []).Prepend(c.ExternalId))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        // Which of them exist: a narrow query on the external-id index per chunk (another provider's record with the same
        // external id is dropped here), then those with their alignments and links. The cost follows the file, not the
        // database: filtering by provider in SQL would make SQLite walk every credential of the file's providers.
        var ids = new List<int>();
        foreach (var chunk in externalIds.Chunk(ExistingLookupChunk))
        {
            var found = await run.Db.Credentials.AsNoTracking()
                .Where(c => chunk.Contains(c.ExternalId!))
                .Select(c => new { c.Id, c.ProviderId })
                .ToListAsync(ct);
            ids.AddRange(found.Where(c => providerIds.Contains(c.ProviderId)).Select(c => c.Id));
        }
        foreach (var chunk in ids.Chunk(ExistingLookupChunk))
        {
            var stored = await run.Db.Credentials
                .Include(c => c.Alignments)
                .Include(c => c.PartOf)
                .Where(c => chunk.Contains(c.Id))
                .AsSplitQuery()
                .ToListAsync(ct);
            foreach (var credential in stored)
            {
                ByKey[new CredentialKey(credential.Provider, credential.ExternalId!)] = credential;
            }
        }
    }

    private AcceptedCredential? Upsert(int index, CatalogueCredential? dto)
    {
        if (dto is null)
        {
            run.RejectCredential(index, null, "the entry is not an object");
            return null;
        }
        var errors = new List<string>(run.Source.ErrorsOf(index));
        var incoming = errors.Count == 0 ? Map(dto, errors) : null;
        var alignments = CredentialMapper.MapAlignments(dto, errors);
        if (incoming is null || errors.Count > 0)
        {
            run.RejectCredential(index, dto.ExternalId, "rejected: " + string.Join("; ", errors));
            return null;
        }
        var key = new CredentialKey(incoming.Provider, incoming.ExternalId!);
        if (!_seen.Add(key))
        {
            run.RejectCredential(index, dto.ExternalId, "rejected: duplicate externalId for this provider");
            return null;
        }
        var accepted = ByKey.TryGetValue(key, out var current)
            ? new AcceptedCredential(index, dto, current, isNew: false) { Changed = Apply(current, incoming) }
            : new AcceptedCredential(index, dto, Add(key, incoming, dto), isNew: true);
        accepted.Changed |= AlignmentSync.Apply(run, accepted, alignments, competencies);
        return accepted;
    }

    private Credential? Map(CatalogueCredential dto, List<string> errors)
    {
        if (dto.Provider is not null && providers.TryGetValue(dto.Provider, out var provider))
        {
            return CredentialMapper.Map(dto, provider, errors);
        }
        errors.Add($"unknown provider '{dto.Provider}'");
        return null;
    }

    private bool Apply(Credential current, Credential incoming)
    {
        incoming.Id = current.Id;
        incoming.ProviderId = current.ProviderId;
        incoming.Version = current.Version;
        incoming.CreatedAt = current.CreatedAt;
        incoming.UpdatedAt = current.UpdatedAt;
        var entry = run.Db.Entry(current);
        entry.CurrentValues.SetValues(incoming);
        return entry.State == EntityState.Modified;
    }

    private Credential Add(CredentialKey key, Credential incoming, CatalogueCredential dto)
    {
        incoming.Version = 1;
        incoming.CreatedAt = run.Now;
        incoming.UpdatedAt = run.Now;
        if (CanDetach(dto))
            Detached.Add(incoming);
        else
            run.Db.Credentials.Add(incoming);
        ByKey[key] = incoming;
        return incoming;
    }

    /// <summary>
    /// A new credential goes to the bulk insert when stackability cannot involve it: it names no whole and no record of the
    /// file names it as one (those links need the tracked entities).
    /// </summary>
    private bool CanDetach(CatalogueCredential dto)
    {
        if (!run.BulkInsert || dto.PartOf is { Count: > 0 })
            return false;
        _wholes ??= run.Source.Credentials.SelectMany(c => c?.PartOf ?? []).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return !_wholes.Contains(dto.ExternalId!);
    }
}
