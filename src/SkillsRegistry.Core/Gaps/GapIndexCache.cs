using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Publishing;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// Holds the current <see cref="GapIndex"/> (one per process) and keeps it current across processes. Each
/// <see cref="CurrentAsync"/> reads the data stamps (one query, on the caller's context); when they differ from the
/// index's, one caller refreshes while the others wait for that refresh (so a query that follows a write sees it):
/// a supply change applies only the credentials revised since the index's last revision, a taxonomy change rebuilds
/// everything. Refreshes build a new index and swap the reference, so queries already holding the old one finish on it.
/// </summary>
public sealed class GapIndexCache(IDbContextFactory<RegistryDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile GapIndex? _current;

    /// <summary>The index as it is now (null before the first load); never waits.</summary>
    public GapIndex? Peek => _current;

    /// <summary>Counts refreshes by kind (for tests and logs).</summary>
    public int FullLoads { get; private set; }

    public int SupplyUpdates { get; private set; }

    /// <summary>
    /// The index, current as of the stamps read on <paramref name="db"/> (one SQL command when nothing changed).
    /// </summary>
    public async Task<GapIndex> CurrentAsync(RegistryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamps = await GapIndexLoader.StampsAsync(db, ct);
        var index = _current;
        if (index is not null && IsCurrent(index, stamps))
            return index;
        await _refresh.WaitAsync(ct);
        try
        {
            index = _current;
            if (index is not null && IsCurrent(index, stamps))
                return index;
            await using var system = await contexts.CreateDbContextAsync(ct);
            system.Viewer = RegistryViewer.System;
            if (index is null || index.Version.TaxonomyStamp != stamps.Taxonomy)
            {
                index = await GapIndexLoader.LoadAsync(system, ct);
                FullLoads++;
            }
            else
            {
                var (_, supply) = await GapIndexLoader.StampsAsync(system, ct);
                index = await GapIndexLoader.ApplySupplyChangesAsync(system, index, supply, ct);
                SupplyUpdates++;
            }
            _current = index;
            return index;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Current when no stamp moved past the index's (a stamp read before the last refresh is not newer).</summary>
    private static bool IsCurrent(GapIndex index, (long Taxonomy, long Supply) stamps) =>
        index.Version.TaxonomyStamp >= stamps.Taxonomy && index.Version.SupplyStamp >= stamps.Supply;

    public void Dispose() => _refresh.Dispose();
}
