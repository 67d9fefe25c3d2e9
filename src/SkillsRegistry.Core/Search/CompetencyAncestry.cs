using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Search;

/// <summary>
/// The broader/narrower edges of all competencies, loaded once per indexing run, and the labels of the concepts
/// asked for so far. The hierarchy is poly-hierarchical and may (in bad data) contain cycles: walks are guarded.
/// </summary>
internal sealed class CompetencyAncestry
{
    private readonly Dictionary<int, int[]> _broader;
    private readonly Dictionary<int, ConceptLabels> _concepts = [];

    private CompetencyAncestry(Dictionary<int, int[]> broader) => _broader = broader;

    public static async Task<CompetencyAncestry> LoadAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var edges = await db.CompetencyHierarchy.AsNoTracking()
            .Select(e => new { e.NarrowerId, e.BroaderId })
            .ToListAsync(cancellationToken);
        return new CompetencyAncestry(edges.GroupBy(e => e.NarrowerId)
            .ToDictionary(g => g.Key, g => g.Select(e => e.BroaderId).ToArray()));
    }

    /// <summary>Every concept above these ones (not the concepts themselves, unless reached again through the hierarchy).</summary>
    public HashSet<int> AncestorsOf(IEnumerable<int> competencyIds)
    {
        var seen = new HashSet<int>();
        var queue = new Queue<int>(competencyIds);
        while (queue.TryDequeue(out var id))
        {
            foreach (var parent in _broader.GetValueOrDefault(id, []))
            {
                if (seen.Add(parent))
                {
                    queue.Enqueue(parent);
                }
            }
        }
        return seen;
    }

    public ConceptLabels? Concept(int id) => _concepts.GetValueOrDefault(id);

    /// <summary>Loads the labels of the concepts not loaded yet.</summary>
    public async Task LoadConceptsAsync(RegistryDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !_concepts.ContainsKey(id)).Distinct().ToList();
        foreach (var chunk in missing.Chunk(2000))
        {
            var rows = await db.Competencies.AsNoTracking()
                .Where(k => chunk.Contains(k.Id))
                .Select(k => new { k.Id, k.Uri, k.PreferredLabel, k.AlternativeLabels, k.Framework.Key })
                .ToListAsync(cancellationToken);
            foreach (var k in rows)
            {
                _concepts[k.Id] = new ConceptLabels(k.Id, k.Uri, k.PreferredLabel, k.AlternativeLabels, k.Key);
            }
        }
    }
}
