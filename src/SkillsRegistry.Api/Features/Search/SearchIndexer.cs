using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Search;

namespace SkillsRegistry.Api.Features.Search;

/// <summary>
/// Keeps the index in step with the database, which is the source of truth: on start it rebuilds a missing,
/// corrupt or stale index; then it drains the search outbox, deleting entries only after the index has them.
/// </summary>
internal sealed partial class SearchIndexer(
    ICredentialSearch search,
    IDbContextFactory<RegistryDbContext> contexts,
    IOptions<SearchOptions> options,
    SearchIndexState state,
    ILogger<SearchIndexer> logger) : BackgroundService
{
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
                if (!state.CheckedAtStart || !search.Status.IsHealthy)
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
