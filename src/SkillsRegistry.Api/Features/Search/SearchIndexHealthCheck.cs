using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>
/// Reports the search index and how far it lags behind the database. A lagging or rebuilding index is
/// Degraded, not Unhealthy: search then answers from the database.
/// </summary>
internal sealed class SearchIndexHealthCheck(
    ICredentialSearch search, SearchIndexState state, IDbContextFactory<RegistryDbContext> contexts, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan _tolerableLag = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        int pending;
        DateTimeOffset? oldest;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            pending = await db.SearchOutbox.CountAsync(cancellationToken);
            oldest = await db.SearchOutbox.OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.EnqueuedAt).FirstOrDefaultAsync(cancellationToken);
        }
        catch (Exception ex) when (DatabaseUnavailable.IsCause(ex))
        {
            // The database check reports the outage; this one only says what it cannot know.
            return HealthCheckResult.Degraded("Pending changes unknown: the database is unreachable.",
                data: new Dictionary<string, object> { ["documents"] = search.Status.DocumentCount });
        }
        var lag = oldest is { } enqueued ? time.GetUtcNow() - enqueued : TimeSpan.Zero;
        var status = search.Status;
        var data = new Dictionary<string, object>
        {
            ["documents"] = status.DocumentCount,
            ["pendingChanges"] = pending,
            ["lagSeconds"] = Math.Round(Math.Max(0, lag.TotalSeconds), 1),
        };
        if (!status.IsHealthy)
            return HealthCheckResult.Degraded("Search index unavailable: answering from the database until it is rebuilt.", data: data);
        if (!state.CheckedAtStart)
            return HealthCheckResult.Degraded("Search index not yet checked against the database since start.", data: data);
        return lag > _tolerableLag
            ? HealthCheckResult.Degraded($"Search index lags {lag.TotalSeconds:F0} s behind the database.", data: data)
            : HealthCheckResult.Healthy("Search index up to date.", data);
    }
}
