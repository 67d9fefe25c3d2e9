using System.CommandLine;
using SkillsRegistry.Core.Search;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary><c>reindex</c>: rebuilds the search index from the database, which is the source of truth.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the database (stop the server first: the index is the server's).");
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            await using var db = await host.MigratedContextAsync(ct);
            var search = host.Services.GetRequiredService<ICredentialSearch>();
            await AnsiConsole.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("reindex");
                var progress = new Progress<SearchRebuildProgress>(p =>
                {
                    task.Description = $"reindex: {p.Phase}";
                    task.MaxValue = Math.Max(p.Total, 1);
                    task.Value = p.Done;
                });
                await search.RebuildFromDatabaseAsync(db, progress, ct);
                task.Value = task.MaxValue;
            });
            AnsiConsole.MarkupLineInterpolated($"[green]Index rebuilt:[/] {search.Status.DocumentCount:N0} credentials.");
            return 0;
        });
        return command;
    }
}
