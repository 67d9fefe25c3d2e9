using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Features.Competencies;

public sealed class BroaderByCompetencyLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<HierarchyLink>(contexts)
{
    protected override IQueryable<HierarchyLink> Query(RegistryDbContext db, int[] parentIds) =>
        db.CompetencyHierarchy.Where(e => parentIds.Contains(e.NarrowerId))
            .OrderBy(e => e.Broader.PreferredLabel).Select(e => new HierarchyLink(e.NarrowerId, e.Broader));

    protected override int ParentOf(HierarchyLink child) => child.FromId;
}

public sealed class NarrowerByCompetencyLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildListLoader<HierarchyLink>(contexts)
{
    protected override IQueryable<HierarchyLink> Query(RegistryDbContext db, int[] parentIds) =>
        db.CompetencyHierarchy.Where(e => parentIds.Contains(e.BroaderId))
            .OrderBy(e => e.Narrower.PreferredLabel).Select(e => new HierarchyLink(e.BroaderId, e.Narrower));

    protected override int ParentOf(HierarchyLink child) => child.FromId;
}
