using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Gaps;

namespace SkillsRegistry.Api.Features.Gaps;

/// <summary>Builds the gap index once in the background at start-up, so the first gap query does not pay for it.</summary>
internal sealed partial class GapIndexWarmUp(
    GapIndexCache cache,
    IDbContextFactory<RegistryDbContext> contexts,
    IOptions<GapOptions> options,
    ILogger<GapIndexWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpOnStartup)
            return;
        await Task.Yield();
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var watch = Stopwatch.StartNew();
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                var index = await cache.CurrentAsync(db, stoppingToken);
                LogBuilt(index.CredentialCount, index.OccupationCount, watch.ElapsedMilliseconds);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (DatabaseUnavailable.IsCause(ex))
            {
                // Worth waiting for: the database is expected back; meanwhile a gap query would fail anyway.
                var delay = backoff.Next();
                LogDatabaseUnavailable(DatabaseUnavailable.Reason(ex), delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                // The first gap query builds it instead.
                LogFailed(ex);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gap index built: {Credentials} credentials, {Occupations} occupations in {Milliseconds} ms")]
    private partial void LogBuilt(int credentials, int occupations, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gap index warm-up failed; the first gap query builds it")]
    private partial void LogFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gap index warm-up waits for the database ({Reason}); retrying in {DelaySeconds} s")]
    private partial void LogDatabaseUnavailable(string reason, double delaySeconds);
}
