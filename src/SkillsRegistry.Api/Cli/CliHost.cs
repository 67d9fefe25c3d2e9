using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Api.Features.Search;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Api.Cli;

/// <summary>The services a verb needs (database, options) without the web server.</summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CliHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Builds the host from configuration plus the verb's unmatched <c>--Section:Key=value</c> tokens.</summary>
    public static CliHost Create(ParseResult parseResult)
    {
        var builder = Host.CreateApplicationBuilder([.. parseResult.UnmatchedTokens]);
        builder.Configuration.AddShippedSettings();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegistryData(builder.Configuration);
        builder.Services.AddRegistryStartupOptions(builder.Configuration);
        builder.Services.AddRegistrySearchIndex(builder.Configuration);
        return new CliHost(builder.Build());
    }

    /// <summary>A tracking context on a migrated database.</summary>
    public async Task<RegistryDbContext> MigratedContextAsync(CancellationToken cancellationToken)
    {
        var db = await Services.GetRequiredService<IDbContextFactory<RegistryDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateRegistryAsync(cancellationToken);
        return db;
    }

    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
