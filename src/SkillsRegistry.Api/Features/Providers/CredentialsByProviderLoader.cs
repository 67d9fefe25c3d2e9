using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.GraphQL.Loading;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Providers;

public sealed class CredentialsByProviderLoader(IDbContextFactory<RegistryDbContext> contexts) : ChildPageLoader<Credential>(contexts)
{
    protected override IQueryable<Credential> Query(RegistryDbContext db, int[] parentIds) =>
        db.Credentials.Where(c => parentIds.Contains(c.ProviderId));

    protected override Expression<Func<Credential, int>> ParentKey => c => c.ProviderId;

    protected override LambdaExpression OrderKey => (Expression<Func<Credential, string>>)(c => c.Title);

    protected override LambdaExpression TieBreaker => (Expression<Func<Credential, int>>)(c => c.Id);
}
