using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

/// <summary>Reads credentials with provider, aligned competencies and their broader concepts, ready for indexing.</summary>
internal static class CredentialDocumentLoader
{
    /// <summary>
    /// The documents of those ids that still exist (a missing id is a deleted credential), drafts included whoever the
    /// context's viewer is: the index holds every credential and applies visibility per query.
    /// </summary>
    /// <remarks>
    /// Two queries seeking by id. Loading the alignments as a collection of each credential made EF join them as a
    /// derived table carrying the alignments' draft filter, which SQLite built over every alignment for every page: at
    /// 1M credentials a rebuild read 229 GB and wrote 63 GB of temporary tables in 17 minutes without finishing.
    /// </remarks>
    public static async Task<IReadOnlyList<CredentialDocument>> LoadAsync(
        RegistryDbContext db, IReadOnlyCollection<int> ids, CompetencyAncestry ancestry, CancellationToken cancellationToken)
    {
        var credentials = await db.Credentials.IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { Credential = c, ProviderName = c.Provider.Name, ProviderCountry = c.Provider.Country })
            .ToListAsync(cancellationToken);
        var alignments = (await db.Alignments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => ids.Contains(a.CredentialId))
            .OrderBy(a => a.CredentialId).ThenBy(a => a.Id)
            .Select(a => new { a.CredentialId, a.CompetencyId })
            .ToListAsync(cancellationToken)).ToLookup(a => a.CredentialId, a => a.CompetencyId);
        var rows = credentials.Select(c => new { c.Credential, c.ProviderName, c.ProviderCountry, CompetencyIds = alignments[c.Credential.Id].ToList() }).ToList();
        var ancestors = rows.ToDictionary(r => r.Credential.Id, r => ancestry.AncestorsOf(r.CompetencyIds));
        await ancestry.LoadConceptsAsync(db, rows.SelectMany(r => r.CompetencyIds).Concat(ancestors.Values.SelectMany(a => a)), cancellationToken);
        return rows.Select(r =>
        {
            var c = r.Credential;
            var aligned = Concepts(ancestry, r.CompetencyIds);
            var broader = Concepts(ancestry, ancestors[c.Id].Except(r.CompetencyIds));
            return new CredentialDocument(
                c.Id, c.Title, c.Description, c.LearningOutcomes, c.ProviderId, r.ProviderName, r.ProviderCountry,
                c.Type, c.Status, c.EqfLevel, c.DeliveryMode, c.Languages, c.Regions, c.CostAmount, c.CostCurrency,
                c.Hours, c.CreatedAt, c.UpdatedAt, aligned, broader);
        }).ToList();
    }

    /// <summary>All credential ids in ascending order, in pages.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<int>> PagesAsync(
        RegistryDbContext db, int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = 0;
        while (true)
        {
            var page = await db.Credentials.AsNoTracking().Where(c => c.Id > last).OrderBy(c => c.Id)
                .Select(c => c.Id).Take(pageSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }
            last = page[^1];
            yield return page;
        }
    }

    private static List<ConceptLabels> Concepts(CompetencyAncestry ancestry, IEnumerable<int> ids) =>
        ids.Distinct().Select(ancestry.Concept).OfType<ConceptLabels>().ToList();
}
