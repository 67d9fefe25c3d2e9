using Microsoft.EntityFrameworkCore;

namespace SkillsRegistry.Core.Data;

/// <summary>Lets callers ask for the base context while the pool holds the provider's derived one.</summary>
internal sealed class RegistryDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<RegistryDbContext>
    where TContext : RegistryDbContext
{
    public RegistryDbContext CreateDbContext() => inner.CreateDbContext();
}
