using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

/// <summary>Reads credentials with provider, aligned competencies and their broader concepts, ready for indexing.</summary>
internal static class CredentialDocumentLoader
{
    /// <summary>The documents of those ids that still exist (a missing id is a deleted credential).</summary>
    public static async Task<IReadOnlyList<CredentialDocument>> LoadAsync(
        RegistryDbContext db, IReadOnlyCollection<int> ids, CompetencyAncestry ancestry, CancellationToken cancellationToken)
    {
        var rows = await db.Credentials.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                Credential = c,
                ProviderName = c.Provider.Name,
                ProviderCountry = c.Provider.Country,
                CompetencyIds = c.Alignments.Select(a => a.CompetencyId).ToList(),
            })
            .ToListAsync(cancellationToken);
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
