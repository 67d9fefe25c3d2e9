using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Tests.Search;

/// <summary>Brute-force answers from the database, to compare search results with.</summary>
internal static class SearchReference
{
    /// <summary>The concept and every concept below it (narrower, transitively).</summary>
    public static async Task<HashSet<int>> SelfAndNarrowerAsync(RegistryDbContext db, string uri)
    {
        var edges = await db.CompetencyHierarchy.Select(e => new { e.NarrowerId, e.BroaderId }).ToListAsync();
        var narrower = edges.ToLookup(e => e.BroaderId, e => e.NarrowerId);
        var roots = await db.Competencies.Where(k => k.Uri == uri).Select(k => k.Id).ToListAsync();
        var seen = roots.ToHashSet();
        var queue = new Queue<int>(roots);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in narrower[id].Where(seen.Add))
                queue.Enqueue(child);
        }
        return seen;
    }

    public static async Task<HashSet<int>> CredentialsAlignedToAsync(RegistryDbContext db, IReadOnlyCollection<int> competencyIds) =>
        (await db.Alignments.Where(a => competencyIds.Contains(a.CompetencyId)).Select(a => a.CredentialId).Distinct().ToListAsync()).ToHashSet();

    /// <summary>True when the credential's own text (title, description, outcomes) mentions the word, ignoring case.</summary>
    public static bool TextMentions(Credential credential, string word) =>
        new[] { credential.Title, credential.Description ?? "" }.Concat(credential.LearningOutcomes)
            .Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));
}
