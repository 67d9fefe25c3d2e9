using System.CommandLine;
using SkillsRegistry.Core.Import;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary><c>import &lt;format&gt; &lt;path&gt;</c>: one Core importer, with progress and a report.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Argument<ImportFormat>("format") { Description = "What to import: esco, onet, crosswalk, demand or catalogue." };
        var path = new Argument<string>("path") { Description = "Folder (esco, onet) or file (crosswalk, demand, catalogue) to import." };
        var report = new Option<string?>("--rejected-report") { Description = "Write every rejected row to this CSV file (default: import-<format>-rejected.csv when any)." };
        var command = new Command("import", "Import a taxonomy release, crosswalk, demand table or credential catalogue. Idempotent: re-running changes nothing.")
        {
            format, path, report,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            return await RunAsync(host, parse.GetValue(format), parse.GetValue(path)!, parse.GetValue(report), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, ImportFormat format, string path, string? reportPath, CancellationToken ct)
    {
        await using var db = await host.MigratedContextAsync(ct);
        try
        {
            var report = await ImportProgressView.RunAsync($"import {format}", progress => Importers.RunAsync(format, db, path, progress, null, ct));
            ImportReportView.Write(report, reportPath ?? $"import-{format.ToString().ToLowerInvariant()}-rejected.csv");
            return 0;
        }
        catch (ImportFormatException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported:[/] {ex.Message}");
            return 2;
        }
    }
}
