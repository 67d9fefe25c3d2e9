using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Search;

/// <summary>
/// The degraded path when the search backend is down or broken: the same filters as SQL, every word of the text
/// matched (ignoring case) in title or description, no relevance ranking, no facets, no highlights.
/// </summary>
public static class DatabaseCredentialSearch
{
    private const int MaxWords = 16;

    public static async Task<CredentialSearchResult> SearchAsync(RegistryDbContext db, CredentialSearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var query = Filter(db.Credentials, request.Filter);
        foreach (var word in Words(request.Text))
            query = query.Where(c => c.Title.ToLower().Contains(word) || (c.Description != null && c.Description.ToLower().Contains(word)));
        var total = await query.CountAsync(cancellationToken);
        var ids = await Sort(query, request.Sort).Skip(request.Skip).Take(request.Take).Select(c => c.Id).ToListAsync(cancellationToken);
        return new CredentialSearchResult(ids.Select(id => new SearchHit(id, 0, [])).ToList(), total, []);
    }

    /// <summary>Credentials sharing the most competencies with the given one (degraded "similar").</summary>
    public static async Task<IReadOnlyList<SearchHit>> SimilarAsync(RegistryDbContext db, int credentialId, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mine = db.Alignments.Where(a => a.CredentialId == credentialId).Select(a => a.CompetencyId);
        var shared = await db.Alignments
            .Where(a => a.CredentialId != credentialId && a.Credential.Status != CredentialStatus.Draft && mine.Contains(a.CompetencyId))
            .GroupBy(a => a.CredentialId)
            .Select(g => new { CredentialId = g.Key, Shared = g.Select(a => a.CompetencyId).Distinct().Count() })
            .OrderByDescending(x => x.Shared).ThenBy(x => x.CredentialId)
            .Take(first)
            .ToListAsync(cancellationToken);
        return shared.Select(x => new SearchHit(x.CredentialId, x.Shared, [])).ToList();
    }

    private static IEnumerable<string> Words(string? text) =>
        (text ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords);

    private static IQueryable<Credential> Filter(IQueryable<Credential> query, CredentialSearchFilter f)
    {
        if (f.ProviderIds is { Count: > 0 } providers)
            query = query.Where(c => providers.Contains(c.ProviderId));
        if (f.Countries is { Count: > 0 } countries)
            query = query.Where(c => countries.Contains(c.Provider.Country));
        if (f.Regions is { Count: > 0 } regions)
            query = query.Where(c => c.Regions.Any(r => regions.Contains(r)));
        if (f.Types is { Count: > 0 } types)
            query = query.Where(c => types.Contains(c.Type));
        if (f.MinEqfLevel is { } min)
            query = query.Where(c => c.EqfLevel >= min);
        if (f.MaxEqfLevel is { } max)
            query = query.Where(c => c.EqfLevel <= max);
        if (f.DeliveryModes is { Count: > 0 } modes)
            query = query.Where(c => c.DeliveryMode != null && modes.Contains(c.DeliveryMode.Value));
        if (f.Languages is { Count: > 0 } languages)
            query = query.Where(c => c.Languages.Any(l => languages.Contains(l)));
        return FilterMore(query, f);
    }

    private static IQueryable<Credential> FilterMore(IQueryable<Credential> query, CredentialSearchFilter f)
    {
        if (f.MaxCost is { } cost)
            query = query.Where(c => c.CostAmount <= cost);
        if (f.Currency is { } currency)
            query = query.Where(c => c.CostCurrency == currency);
        if (f.MaxHours is { } hours)
            query = query.Where(c => c.Hours <= hours);
        if (f.Statuses is { Count: > 0 } statuses)
            query = query.Where(c => statuses.Contains(c.Status));
        if (f.FrameworkKeys is { Count: > 0 } keys)
            query = query.Where(c => c.Alignments.Any(a => keys.Contains(a.Competency.Framework.Key)));
        if (f.CompetencyUris is { Count: > 0 } uris)
        {
            var within = CompetencyHierarchy.Within(uris, CompetencyHierarchy.MaxDepth);
            query = query.Where(c => c.Alignments.AsQueryable().Select(a => a.Competency).Any(within));
        }
        return query;
    }

    private static IQueryable<Credential> Sort(IQueryable<Credential> query, CredentialSearchSort sort) => sort switch
    {
        CredentialSearchSort.CostAscending => query.OrderBy(c => c.CostAmount).ThenBy(c => c.Id),
        CredentialSearchSort.CostDescending => query.OrderByDescending(c => c.CostAmount).ThenBy(c => c.Id),
        CredentialSearchSort.DurationAscending => query.OrderBy(c => c.DurationDays).ThenBy(c => c.Id),
        CredentialSearchSort.Newest => query.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        _ => query.OrderBy(c => c.Title).ThenBy(c => c.Id),
    };
}
