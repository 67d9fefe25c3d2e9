using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>
/// Keeps the index in step with the database, which is the source of truth: on start it rebuilds a missing,
/// corrupt or stale index; then it drains the search outbox, deleting entries only after the index has them. Every
/// <see cref="SearchOptions.IndexCheckSeconds"/> it checks the index on disk, and rebuilds one that was deleted or
/// damaged while serving (searches answer from the database meanwhile).
/// </summary>
internal sealed partial class SearchIndexer(
    ICredentialSearch search,
    IDbContextFactory<RegistryDbContext> contexts,
    IOptions<SearchOptions> options,
    SearchIndexState state,
    TimeProvider time,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private long _lastCheck;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IndexingEnabled)
            return;
        await Task.Yield();
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Staleness (document count differs from the database) is checked once, before any queued change is
                // applied; afterwards only an index that became unreadable is rebuilt.
                if (!state.CheckedAtStart || !CheckedStatus().IsHealthy)
                    await RebuildIfNeededAsync(stoppingToken);
                state.MarkChecked();
                var handled = await DrainOnceAsync(stoppingToken);
                backoff.Reset();
                if (handled == 0)
                    await Task.Delay(options.Value.OutboxPollMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Never let an exception escape: an unhandled one in a BackgroundService stops the whole host.
                var delay = backoff.Next();
                if (DatabaseUnavailable.FindCause(ex) is { } cause)
                {
                    DatabaseUnavailable.ForgetPooledConnections(cause);
                    LogDatabaseUnavailable(logger, DatabaseUnavailable.Reason(cause), delay.TotalSeconds);
                }
                else
                {
                    LogFailure(logger, ex, delay.TotalSeconds);
                }
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The index status, after checking the index on disk when the last check is old enough.</summary>
    private SearchIndexStatus CheckedStatus()
    {
        if (time.GetElapsedTime(_lastCheck) < TimeSpan.FromSeconds(options.Value.IndexCheckSeconds))
            return search.Status;
        _lastCheck = time.GetTimestamp();
        return search.CheckIndex();
    }

    private async Task RebuildIfNeededAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = search.Status;
        var credentials = await db.Credentials.CountAsync(cancellationToken);
        if (status.IsHealthy && status.DocumentCount == credentials)
            return;
        LogRebuild(logger, status.IsHealthy ? "stale" : "missing or unreadable", status.DocumentCount, credentials);
        await search.RebuildFromDatabaseAsync(db, null, cancellationToken);
    }

    /// <summary>Applies one batch of queued changes; returns how many entries it handled.</summary>
    internal async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.SearchOutbox.OrderBy(e => e.Id).Take(options.Value.OutboxBatchSize).ToListAsync(cancellationToken);
        if (entries.Count == 0)
            return 0;
        await search.IndexCredentialsAsync(db, entries.Select(e => e.CredentialId).Distinct().ToList(), cancellationToken);
        var handled = entries.Select(e => e.Id).ToList();
        await db.SearchOutbox.Where(e => handled.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        return entries.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search indexing failed; retrying in {DelaySeconds} s")]
    private static partial void LogFailure(ILogger logger, Exception exception, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search indexing paused, database unreachable: {Reason}; retrying in {DelaySeconds} s")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index is {State} ({Documents} documents, {Credentials} credentials): rebuilding from the database")]
    private static partial void LogRebuild(ILogger logger, string state, int documents, int credentials);
}
