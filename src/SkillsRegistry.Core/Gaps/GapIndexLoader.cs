using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Builds a <see cref="GapIndex"/> from the database (every table the gap loaders read, once) and applies supply
/// changes to one: the credentials changed since the index's last revision are reloaded and replaced. Reads through
/// the context as given; pass a context whose viewer sees every draft (the index applies visibility per query).
/// </summary>
public static class GapIndexLoader
{
    /// <summary>Reads the data stamps (one query). Missing stamps read as 0.</summary>
    public static async Task<(long Taxonomy, long Supply)> StampsAsync(RegistryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamps = await db.DataStamps.AsNoTracking().Select(s => new { s.Name, s.Value }).ToListAsync(ct);
        return (stamps.FirstOrDefault(s => s.Name == DataStamp.Taxonomy)?.Value ?? 0, stamps.FirstOrDefault(s => s.Name == DataStamp.Supply)?.Value ?? 0);
    }

    /// <summary>A whole new index. The stamps are read first, so a change committed during the load is applied again later.</summary>
    public static async Task<GapIndex> LoadAsync(RegistryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (taxonomyStamp, supplyStamp) = await StampsAsync(db, ct);
        var revision = await LastRevisionAsync(db, ct);
        var taxonomy = await TaxonomyAsync(db, ct);
        var supply = Whole(await SupplyAsync(db, null, ct));
        return new GapIndex(taxonomy, supply, new GapIndexVersion(taxonomyStamp, supplyStamp, revision));
    }

    /// <summary>
    /// The index with every credential changed after <see cref="GapIndexVersion.RevisionId"/> reloaded (or removed when
    /// gone), its postings and stackability edges replaced; unchanged when nothing changed. More than
    /// <paramref name="maxDelta"/> changed credentials reload the whole supply instead.
    /// </summary>
    public static async Task<GapIndex> ApplySupplyChangesAsync(RegistryDbContext db, GapIndex index, long supplyStamp, CancellationToken ct, int maxDelta = 50_000)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(index);
        var since = index.Version.RevisionId;
        var changes = await db.Revisions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id > since)
            .GroupBy(r => r.CredentialId).Select(g => new { CredentialId = g.Key, Last = g.Max(r => r.Id) }).ToListAsync(ct);
        if (changes.Count == 0)
            return index.With(index.Supply, index.Version with { SupplyStamp = supplyStamp });
        var revision = changes.Max(c => c.Last);
        var version = index.Version with { SupplyStamp = supplyStamp, RevisionId = revision };
        if (changes.Count > maxDelta)
            return index.With(Whole(await SupplyAsync(db, null, ct)), version);
        var changed = changes.Select(c => c.CredentialId).ToHashSet();
        var fresh = await SupplyAsync(db, changed, ct);
        return index.With(Merge(index.Supply, changed, fresh), version);
    }

    private static async Task<long> LastRevisionAsync(RegistryDbContext db, CancellationToken ct) =>
        await db.Revisions.IgnoreQueryFilters().AsNoTracking().MaxAsync(r => (long?)r.Id, ct) ?? 0;

    private static async Task<GapTaxonomy> TaxonomyAsync(RegistryDbContext db, CancellationToken ct)
    {
        var edges = await db.CompetencyHierarchy.AsNoTracking().Select(e => new { e.NarrowerId, e.BroaderId }).ToListAsync(ct);
        var graph = new CompetencyGraph(edges.Select(e => (e.NarrowerId, e.BroaderId)), CompetencyHierarchy.MaxDepth);
        var competencies = (await db.Competencies.AsNoTracking()
            .Select(c => new TargetRequirement(c.Id, RequirementRelation.Essential, null, null, false, c.IsHotTechnology, c.PreferredLabel, c.Uri))
            .ToListAsync(ct)).ToDictionary(c => c.CompetencyId);
        var rows = await db.Requirements.AsNoTracking()
            .Select(r => new { r.OccupationId, r.CompetencyId, r.Relation, r.Importance, r.Level, r.IsInDemand }).ToListAsync(ct);
        var occupations = await db.Occupations.AsNoTracking().Select(o => new { o.Id, o.SocCode }).ToListAsync(ct);
        var byOccupation = rows.ToLookup(r => r.OccupationId);
        var requirements = occupations.ToDictionary(o => o.Id, o => byOccupation[o.Id].OrderBy(r => r.CompetencyId)
            .Select(r =>
            {
                var c = competencies[r.CompetencyId];
                return new TargetRequirement(r.CompetencyId, r.Relation, r.Importance, r.Level, r.IsInDemand, c.IsHotTechnology, c.Label, c.Uri);
            }).ToArray());
        var demandRows = await db.Demand.AsNoTracking()
            .Select(d => new { d.SocCode, d.Region, d.Period, d.AnnualOpenings, d.GrowthPercent }).ToListAsync(ct);
        var bySoc = demandRows.GroupBy(d => d.SocCode).ToDictionary(g => g.Key, g => g.OrderBy(d => d.Region == "US" ? 0 : 1)
            .ThenByDescending(d => d.Period).Select(d => new DemandInfo(d.AnnualOpenings, d.GrowthPercent)).First());
        var demand = occupations.Where(o => o.SocCode is not null && bySoc.ContainsKey(o.SocCode))
            .ToDictionary(o => o.Id, o => bySoc[o.SocCode!]);

        var mappings = await db.ConceptMappings.AsNoTracking().Where(m => m.Kind == ConceptKind.Competency)
            .Select(m => new { m.SourceUri, m.TargetUri, m.Confidence }).ToListAsync(ct);
        var byUri = competencies.Values.ToLookup(c => c.Uri, c => c.CompetencyId);
        var resolved = mappings.Select(m => byUri[m.SourceUri].SelectMany(s => byUri[m.TargetUri].Select(t => new CrosswalkLink(s, t, m.Confidence))).ToArray()).ToList();
        var mappingsByUri = mappings.SelectMany((m, i) => new[] { (Uri: m.SourceUri, Index: i), (Uri: m.TargetUri, Index: i) })
            .GroupBy(x => x.Uri).ToDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);
        return new GapTaxonomy(graph, competencies, requirements, demand, resolved, mappingsByUri);
    }

    /// <summary>The given credentials (all when null) as records, with the reverse part edges touching them.</summary>
    private static async Task<LoadedSupply> SupplyAsync(RegistryDbContext db, HashSet<int>? only, CancellationToken ct)
    {
        var ids = only?.ToList();
        var credentials = db.Credentials.IgnoreQueryFilters().AsNoTracking();
        var alignments = db.Alignments.IgnoreQueryFilters().AsNoTracking();
        var parts = db.CredentialParts.IgnoreQueryFilters().AsNoTracking();
        if (ids is not null)
        {
            credentials = credentials.Where(c => ids.Contains(c.Id));
            alignments = alignments.Where(a => ids.Contains(a.CredentialId));
            parts = parts.Where(p => ids.Contains(p.WholeId) || ids.Contains(p.PartId));
        }
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var rows = await credentials.Select(c => new SupplyPosting(c.Id, c.Title, c.ProviderId)
        {
            Regions = c.Regions,
            Languages = c.Languages,
            EqfLevel = c.EqfLevel,
            CostAmount = c.CostAmount,
            CostCurrency = c.CostCurrency,
            Hours = c.Hours,
            DurationDays = c.DurationDays,
            DeliveryMode = c.DeliveryMode,
            Type = c.Type,
            Status = c.Status,
        }).ToListAsync(ct);
        var aligned = (await alignments.Select(a => new { a.CredentialId, a.CompetencyId, a.Type }).ToListAsync(ct)).ToLookup(a => a.CredentialId);
        var edges = await parts.Select(p => new { p.WholeId, p.PartId }).ToListAsync(ct);
        var partsOf = edges.ToLookup(e => e.WholeId, e => e.PartId);
        var byId = new Dictionary<int, SupplyPosting>(rows.Count);
        foreach (var row in rows)
        {
            byId[row.Id] = row with
            {
                Regions = Shared(lists, row.Regions),
                Languages = Shared(lists, row.Languages),
                CostCurrency = row.CostCurrency is null ? null : string.Intern(row.CostCurrency),
                Competencies = aligned[row.Id].Where(a => a.Type != AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
                Prerequisites = aligned[row.Id].Where(a => a.Type == AlignmentType.Requires).Select(a => a.CompetencyId).ToHashSet(),
                PartIds = [.. partsOf[row.Id].Order()],
            };
        }
        var wholesOf = edges.Where(e => byId.ContainsKey(e.WholeId) || only is not null)
            .GroupBy(e => e.PartId).ToDictionary(g => g.Key, g => g.Select(e => e.WholeId).Order().ToArray());
        return new LoadedSupply(byId, wholesOf);
    }

    /// <summary>Credentials read from the database with their reverse part edges, before they become (part of) a <see cref="GapSupply"/>.</summary>
    private sealed record LoadedSupply(Dictionary<int, SupplyPosting> Credentials, Dictionary<int, int[]> WholesOf);

    private static GapSupply Whole(LoadedSupply loaded) => new(loaded.Credentials, GapSupply.PostingsOf(loaded.Credentials.Values),
        loaded.WholesOf, SupplyColumns.Create(loaded.Credentials.Values, new RegionSetTable()));

    /// <summary>Replaces the changed credentials (removing those that no longer exist) in copies of the maps.</summary>
    private static GapSupply Merge(GapSupply old, HashSet<int> changed, LoadedSupply fresh)
    {
        var credentials = new Dictionary<int, SupplyPosting>(old.Credentials);
        var touchedCompetencies = new HashSet<int>();
        foreach (var id in changed)
        {
            if (credentials.Remove(id, out var before))
                touchedCompetencies.UnionWith(before.Competencies);
            if (fresh.Credentials.TryGetValue(id, out var after))
            {
                credentials[id] = after;
                touchedCompetencies.UnionWith(after.Competencies);
            }
        }
        // An edge changes only with a revision of its part (and the fresh load has every edge touching a changed
        // credential), so: drop old edges touching a changed credential, add the fresh ones whose ends exist.
        var wholesOf = new Dictionary<int, int[]>(old.WholesOf);
        var freshEdges = fresh.WholesOf.SelectMany(kv => kv.Value.Select(w => (Part: kv.Key, Whole: w))).ToList();
        var affectedParts = changed.Concat(freshEdges.Select(e => e.Part))
            .Concat(old.WholesOf.Where(kv => kv.Value.Any(changed.Contains)).Select(kv => kv.Key)).ToHashSet();
        foreach (var part in affectedParts)
        {
            var kept = old.WholesOf.GetValueOrDefault(part, []).Where(w => !changed.Contains(w) && !changed.Contains(part))
                .Concat(freshEdges.Where(e => e.Part == part).Select(e => e.Whole))
                .Where(credentials.ContainsKey).Distinct().Order().ToArray();
            if (kept.Length == 0 || !credentials.ContainsKey(part))
                wholesOf.Remove(part);
            else
                wholesOf[part] = kept;
        }
        // Wholes that are not changed keep their PartIds from before; refresh the lists of those whose edges moved.
        foreach (var whole in freshEdges.Select(e => e.Whole).Concat(old.WholesOf.Where(kv => changed.Contains(kv.Key)).SelectMany(kv => kv.Value))
            .Where(w => !changed.Contains(w) && credentials.ContainsKey(w)).Distinct().ToList())
        {
            var partIds = credentials[whole].PartIds.Where(p => !changed.Contains(p))
                .Concat(freshEdges.Where(e => e.Whole == whole).Select(e => e.Part)).Distinct().Order().ToList();
            credentials[whole] = credentials[whole] with { PartIds = partIds };
        }
        var taughtBy = new Dictionary<int, int[]>(old.TaughtBy);
        var freshPostings = GapSupply.PostingsOf(fresh.Credentials.Values);
        foreach (var competency in touchedCompetencies)
        {
            var kept = taughtBy.GetValueOrDefault(competency, []).Where(id => !changed.Contains(id))
                .Concat(freshPostings.GetValueOrDefault(competency, []))
                .Where(credentials.ContainsKey).Distinct().Order().ToArray();
            if (kept.Length == 0)
                taughtBy.Remove(competency);
            else
                taughtBy[competency] = kept;
        }
        var columns = old.Columns.With(changed.Where(id => !credentials.ContainsKey(id)),
            [.. changed.Where(credentials.ContainsKey).Select(id => credentials[id])]);
        return new GapSupply(credentials, taughtBy, wholesOf, columns);
    }

    private static IReadOnlyList<string> Shared(Dictionary<string, IReadOnlyList<string>> lists, IReadOnlyList<string> values)
    {
        var key = string.Join('\u001f', values);
        if (!lists.TryGetValue(key, out var shared))
            lists[key] = shared = [.. values.Select(string.Intern)];
        return shared;
    }
}
