using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

/// <summary>Streams the competencies, occupations and providers that autocomplete offers.</summary>
internal static class SuggestionEntryLoader
{
    public static async IAsyncEnumerable<SuggestionEntry> LoadAsync(
        RegistryDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var competencies = db.Competencies.AsNoTracking()
            .Select(k => new SuggestionEntry(SuggestionKind.Competency, k.Id, k.PreferredLabel, k.AlternativeLabels));
        await foreach (var entry in competencies.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
        var occupations = db.Occupations.AsNoTracking()
            .Select(o => new SuggestionEntry(SuggestionKind.Occupation, o.Id, o.PreferredLabel, o.AlternativeLabels));
        await foreach (var entry in occupations.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
        var providers = await db.Providers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        foreach (var p in providers)
        {
            yield return new SuggestionEntry(SuggestionKind.Provider, p.Id, p.Name, []);
        }
    }
}
