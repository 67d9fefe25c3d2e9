using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

public sealed class RequirementsByCompetencyLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildPageLoader<OccupationRequirement>(contexts)
{
    protected override IQueryable<OccupationRequirement> Query(RegistryDbContext db, int[] parentIds) =>
        db.Requirements.Where(r => parentIds.Contains(r.CompetencyId));

    protected override Expression<Func<OccupationRequirement, int>> ParentKey => r => r.CompetencyId;

    protected override LambdaExpression OrderKey => (Expression<Func<OccupationRequirement, RequirementRelation>>)(r => r.Relation);

    protected override LambdaExpression TieBreaker => (Expression<Func<OccupationRequirement, int>>)(r => r.OccupationId);
}

public sealed class AlignmentsByCompetencyLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildPageLoader<CredentialAlignment>(contexts)
{
    protected override IQueryable<CredentialAlignment> Query(RegistryDbContext db, int[] parentIds) =>
        db.Alignments.Where(a => parentIds.Contains(a.CompetencyId));

    protected override Expression<Func<CredentialAlignment, int>> ParentKey => a => a.CompetencyId;

    protected override LambdaExpression OrderKey => (Expression<Func<CredentialAlignment, double>>)(a => -a.Weight);

    protected override LambdaExpression TieBreaker => (Expression<Func<CredentialAlignment, int>>)(a => a.Id);
}
