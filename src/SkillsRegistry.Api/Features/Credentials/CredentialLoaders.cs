using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Credentials;

public sealed class AlignmentsByCredentialLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<CredentialAlignment>(contexts)
{
    protected override IQueryable<CredentialAlignment> Query(RegistryDbContext db, int[] parentIds) =>
        db.Alignments.Where(a => parentIds.Contains(a.CredentialId)).OrderByDescending(a => a.Weight).ThenBy(a => a.Id);

    protected override int ParentOf(CredentialAlignment child) => child.CredentialId;
}

public sealed class PartsByCredentialLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<CredentialLink>(contexts)
{
    protected override IQueryable<CredentialLink> Query(RegistryDbContext db, int[] parentIds) =>
        db.CredentialParts.Where(p => parentIds.Contains(p.WholeId)).OrderBy(p => p.Part.Title).Select(p => new CredentialLink(p.WholeId, p.Part));

    protected override int ParentOf(CredentialLink child) => child.FromId;
}

public sealed class WholesByCredentialLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<CredentialLink>(contexts)
{
    protected override IQueryable<CredentialLink> Query(RegistryDbContext db, int[] parentIds) =>
        db.CredentialParts.Where(p => parentIds.Contains(p.PartId)).OrderBy(p => p.Whole.Title).Select(p => new CredentialLink(p.PartId, p.Whole));

    protected override int ParentOf(CredentialLink child) => child.FromId;
}

/// <summary>
/// Credentials with what the CTDL and Open Badges exports need (provider, alignments with competency and framework, the
/// wholes they stack into), for a whole level of the query at once: a fixed number of split queries per batch.
/// </summary>
public sealed class ExportCredentialLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<int, Credential>
{
    protected override async Task<IReadOnlyDictionary<int, Credential>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Credentials.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Include(c => c.Provider)
            .Include(c => c.Alignments).ThenInclude(a => a.Competency).ThenInclude(c => c.Framework)
            .Include(c => c.PartOf).ThenInclude(p => p.Whole).ThenInclude(w => w.Provider)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(c => c.Id);
    }
}
