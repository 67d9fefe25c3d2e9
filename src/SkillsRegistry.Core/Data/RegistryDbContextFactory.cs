using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Data;

/// <summary>
/// Lets callers ask for the base context while the pool holds the provider's derived one, and gives each context the
/// current caller's view (drafts, actor) when a viewer source is registered.
/// </summary>
internal sealed class RegistryDbContextFactory<TContext>(IDbContextFactory<TContext> inner, IRegistryViewerSource? viewers) : IDbContextFactory<RegistryDbContext>
    where TContext : RegistryDbContext
{
    public RegistryDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        if (viewers is not null)
            db.Viewer = viewers.Current;
        return db;
    }
}
