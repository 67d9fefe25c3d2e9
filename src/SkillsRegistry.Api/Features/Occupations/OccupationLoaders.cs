using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Occupations;

public sealed class RequirementsByOccupationLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildPageLoader<OccupationRequirement>(contexts)
{
    protected override IQueryable<OccupationRequirement> Query(RegistryDbContext db, int[] parentIds) =>
        db.Requirements.Where(r => parentIds.Contains(r.OccupationId));

    protected override Expression<Func<OccupationRequirement, int>> ParentKey => r => r.OccupationId;

    protected override LambdaExpression OrderKey => (Expression<Func<OccupationRequirement, RequirementRelation>>)(r => r.Relation);

    protected override LambdaExpression TieBreaker => (Expression<Func<OccupationRequirement, int>>)(r => r.CompetencyId);
}

public sealed class NarrowerByOccupationLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<Occupation>(contexts)
{
    protected override IQueryable<Occupation> Query(RegistryDbContext db, int[] parentIds) =>
        db.Occupations.Where(o => o.BroaderId != null && parentIds.Contains(o.BroaderId.Value)).OrderBy(o => o.PreferredLabel);

    protected override int ParentOf(Occupation child) => child.BroaderId!.Value;
}

public sealed class DemandBySocCodeLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<string, IReadOnlyList<OccupationDemand>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<OccupationDemand>>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var codes = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Demand.Where(d => codes.Contains(d.SocCode)).OrderBy(d => d.Region).ThenBy(d => d.Period).ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.SocCode).ToDictionary(g => g.Key, g => (IReadOnlyList<OccupationDemand>)g.ToList());
    }
}

public sealed class MappingsByUriLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<string, IReadOnlyList<ConceptMapping>>
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<ConceptMapping>>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var uris = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ConceptMappings.Where(m => uris.Contains(m.SourceUri) || uris.Contains(m.TargetUri))
            .OrderByDescending(m => m.Confidence).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<ConceptMapping>)rows.Where(m => m.SourceUri == k || m.TargetUri == k).ToList());
    }
}

/// <summary>Occupations by URI, from the newest framework release that holds the URI.</summary>
public sealed class OccupationByUriLoader(IDbContextFactory<RegistryDbContext> contexts) : BatchLoader<string, Occupation>
{
    protected override async Task<IReadOnlyDictionary<string, Occupation>> FetchAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var uris = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Occupations.Where(o => uris.Contains(o.Uri)).ToListAsync(cancellationToken);
        return rows.GroupBy(o => o.Uri).ToDictionary(g => g.Key, g => g.MaxBy(o => o.FrameworkId)!);
    }
}
