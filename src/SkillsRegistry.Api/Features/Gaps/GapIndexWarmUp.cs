using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
        try
        {
            var watch = Stopwatch.StartNew();
            await using var db = await contexts.CreateDbContextAsync(stoppingToken);
            var index = await cache.CurrentAsync(db, stoppingToken);
            LogBuilt(index.CredentialCount, index.OccupationCount, watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // The first gap query builds it instead.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gap index built: {Credentials} credentials, {Occupations} occupations in {Milliseconds} ms")]
    private partial void LogBuilt(int credentials, int occupations, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gap index warm-up failed; the first gap query builds it")]
    private partial void LogFailed(Exception ex);
}
