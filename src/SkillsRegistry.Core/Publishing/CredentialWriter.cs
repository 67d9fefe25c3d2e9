using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// The credential writes of the API, for one caller. A publisher changes only its own provider's records; a record
/// of another provider is reported exactly like a missing one. Every write is validated in full before anything is
/// saved, and an expected version guards against lost updates. Revisions and audit entries are written by the context.
/// </summary>
public sealed class CredentialWriter(RegistryDbContext db, TimeProvider time)
{
    private RegistryViewer Caller => db.Viewer;

    public async Task<WriteResult<Credential>> CreateAsync(int? providerId, CredentialFields fields, CredentialStatus status,
        IReadOnlyList<AlignmentSpec>? alignments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!Caller.IsPublisher)
            return WriteResult.Fail<Credential>(UserError.NotAuthorized("Creating a credential needs a publisher API key."));
        if (providerId is not null && providerId != Caller.ProviderId)
            return WriteResult.Fail<Credential>(UserError.NotAuthorized("A publisher key creates credentials only for its own provider."));
        if (status == CredentialStatus.Retired)
            return WriteResult.Fail<Credential>(UserError.Invalid("status", "A new credential is a draft or published."));
        var now = time.GetUtcNow();
        var credential = new Credential { Title = "", ProviderId = Caller.ProviderId!.Value, Status = status, CreatedAt = now, UpdatedAt = now };
        fields.ApplyTo(credential);
        var errors = Validate(credential, fields).ToList();
        errors.AddRange(await UniqueExternalIdAsync(credential, ct));
        var competencies = await ResolveAsync(alignments ?? [], errors, ct);
        if (errors.Count > 0)
            return WriteResult.Fail<Credential>(errors);
        db.Credentials.Add(credential);
        SetAlignments(credential, alignments ?? [], competencies, now);
        await db.SaveChangesAsync(ct);
        return WriteResult.Ok(credential);
    }

    public async Task<WriteResult<Credential>> UpdateAsync(int id, int expectedVersion, CredentialFields fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var (credential, refused) = await LoadOwnAsync(id, expectedVersion, ct);
        if (credential is null)
            return WriteResult.Fail<Credential>(refused!);
        fields.ApplyTo(credential);
        var errors = Validate(credential, fields).ToList();
        if (fields.Has("externalId"))
            errors.AddRange(await UniqueExternalIdAsync(credential, ct));
        if (errors.Count > 0)
            return WriteResult.Fail<Credential>(errors);
        return await SaveAsync(credential, expectedVersion, ct);
    }

    public async Task<WriteResult<Credential>> SetStatusAsync(int id, int? expectedVersion, CredentialStatus status, CancellationToken ct)
    {
        var (credential, refused) = await LoadOwnAsync(id, expectedVersion, ct);
        if (credential is null)
            return WriteResult.Fail<Credential>(refused!);
        if (credential.Status == status)
            return WriteResult.Ok(credential);
        if (credential.Status == CredentialStatus.Retired)
            return WriteResult.Fail<Credential>(UserError.Invalid("id", "A retired credential stays retired; create a new one instead."));
        credential.Status = status;
        if (status == CredentialStatus.Published)
        {
            var errors = CredentialValidator.Validate(credential);
            if (errors.Count > 0)
                return WriteResult.Fail<Credential>(errors);
        }
        return await SaveAsync(credential, expectedVersion, ct);
    }

    public async Task<WriteResult<Credential>> SetAlignmentsAsync(int id, int? expectedVersion, IReadOnlyList<AlignmentSpec> alignments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alignments);
        var (credential, refused) = await LoadOwnAsync(id, expectedVersion, ct, withAlignments: true);
        if (credential is null)
            return WriteResult.Fail<Credential>(refused!);
        var errors = new List<UserError>();
        var competencies = await ResolveAsync(alignments, errors, ct);
        if (errors.Count > 0)
            return WriteResult.Fail<Credential>(errors);
        SetAlignments(credential, alignments, competencies, time.GetUtcNow());
        return await SaveAsync(credential, expectedVersion, ct);
    }

    private static IEnumerable<UserError> Validate(Credential credential, CredentialFields fields)
    {
        if (fields.Has("type") && fields.Type is null)
            yield return UserError.Invalid("type", "The type cannot be cleared.");
        foreach (var error in CredentialValidator.Validate(credential))
            yield return error;
    }

    private async Task<(Credential? Credential, UserError? Refused)> LoadOwnAsync(int id, int? expectedVersion, CancellationToken ct, bool withAlignments = false)
    {
        if (!Caller.IsPublisher)
            return (null, UserError.NotAuthorized("Changing a credential needs a publisher API key."));
        var query = db.Credentials.AsTracking().Where(c => c.Id == id && c.ProviderId == Caller.ProviderId);
        if (withAlignments)
            query = query.Include(c => c.Alignments);
        var credential = await query.SingleOrDefaultAsync(ct);
        if (credential is null)
            return (null, UserError.NotFound("id", "credential"));
        if (expectedVersion is not null && expectedVersion != credential.Version)
            return (null, Conflict(credential.Version));
        return (credential, null);
    }

    private async Task<WriteResult<Credential>> SaveAsync(Credential credential, int? expectedVersion, CancellationToken ct)
    {
        if (expectedVersion is not null)
            db.Entry(credential).Property(c => c.Version).OriginalValue = expectedVersion.Value;
        try
        {
            await db.SaveChangesAsync(ct);
            return WriteResult.Ok(credential);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Credentials.Where(c => c.Id == credential.Id).Select(c => c.Version).SingleAsync(ct);
            return WriteResult.Fail<Credential>(Conflict(current));
        }
    }

    private static UserError Conflict(int currentVersion) => new(UserErrorKind.Conflict,
        $"The credential changed since you read it; it is now at version {currentVersion}. Read it again and re-apply your change.",
        ["input", "expectedVersion"], currentVersion);

    private async Task<IEnumerable<UserError>> UniqueExternalIdAsync(Credential credential, CancellationToken ct)
    {
        if (credential.ExternalId is null)
            return [];
        var taken = await db.Credentials.IgnoreQueryFilters()
            .AnyAsync(c => c.ProviderId == credential.ProviderId && c.ExternalId == credential.ExternalId && c.Id != credential.Id, ct);
        return taken ? [UserError.Invalid("externalId", $"Your provider already has a credential with external id '{credential.ExternalId}'.")] : [];
    }

    private async Task<Dictionary<string, int>> ResolveAsync(IReadOnlyList<AlignmentSpec> alignments, List<UserError> errors, CancellationToken ct)
    {
        var uris = alignments.Select(a => a.CompetencyUri).Distinct().ToList();
        var known = await db.Competencies.Where(c => uris.Contains(c.Uri)).Select(c => new { c.Uri, c.Id }).ToDictionaryAsync(c => c.Uri, c => c.Id, ct);
        errors.AddRange(CredentialValidator.ValidateAlignments(alignments, known.Keys.ToHashSet()));
        return known;
    }

    private void SetAlignments(Credential credential, IReadOnlyList<AlignmentSpec> wanted, Dictionary<string, int> competencies, DateTimeOffset now)
    {
        var byKey = wanted.ToDictionary(a => (competencies[a.CompetencyUri], a.Type));
        foreach (var stale in credential.Alignments.Where(a => !byKey.ContainsKey((a.CompetencyId, a.Type))).ToList())
        {
            credential.Alignments.Remove(stale);
            db.Alignments.Remove(stale);
        }
        foreach (var ((competencyId, type), spec) in byKey)
        {
            var current = credential.Alignments.Find(a => a.CompetencyId == competencyId && a.Type == type);
            if (current is null)
            {
                credential.Alignments.Add(new CredentialAlignment
                {
                    CompetencyId = competencyId,
                    Type = type,
                    Weight = spec.Weight,
                    ProficiencyLevel = spec.ProficiencyLevel,
                    AssertedBy = Caller.Actor,
                    Method = AlignmentMethod.Manual,
                    AssertedAt = now,
                });
            }
            else if (current.Weight != spec.Weight || current.ProficiencyLevel != spec.ProficiencyLevel)
            {
                current.Weight = spec.Weight;
                current.ProficiencyLevel = spec.ProficiencyLevel;
            }
        }
    }
}
