using System.CommandLine;
using SkillsRegistry.Core.Import;
using SkillsRegistry.Core.Import.Formats;
using SkillsRegistry.Core.Publishing;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary><c>import &lt;format&gt; &lt;path&gt;</c>: one Core importer, with progress and a report.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Argument<ImportFormat>("format")
        {
            Description = "What to import: esco, onet, crosswalk, demand, or credentials as catalogue, ctdl, openbadges, elm or csv.",
        };
        var path = new Argument<string>("path") { Description = "Folder (esco, onet) or file (every other format) to import." };
        var report = new Option<string?>("--rejected-report") { Description = "Write every rejected row to this CSV file (default: import-<format>-rejected.csv when any)." };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Credential formats only: check and import everything inside the transaction, report, then roll it back.",
        };
        var command = new Command("import", "Import a taxonomy release, crosswalk, demand table or credential file. Idempotent: re-running changes nothing.")
        {
            format, path, report, dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            return await RunAsync(host, parse.GetValue(format), parse.GetValue(path)!, parse.GetValue(report), parse.GetValue(dryRun), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, ImportFormat format, string path, string? reportPath, bool dryRun, CancellationToken ct)
    {
        var credentialFormat = Importers.CredentialFormatOf(format);
        if (dryRun && credentialFormat is null)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]--dry-run is only available for credential formats[/] (catalogue, ctdl, openbadges, elm, csv), not {format}.");
            return 2;
        }
        await using var db = await host.MigratedContextAsync(ct);
        // Revisions and the audit log name the import that wrote them.
        db.Viewer = RegistryViewer.System with { Actor = $"cli:{Environment.UserName} import {format.ToString().ToLowerInvariant()} {Path.GetFileName(path)}" };
        try
        {
            var title = dryRun ? $"import {format} (dry run)" : $"import {format}";
            var report = await ImportProgressView.RunAsync(title, progress => credentialFormat is { } credentials
                ? Importers.RunFileAsync(credentials, db, path, new CredentialImportOptions(DryRun: dryRun), progress, null, ct)
                : Importers.RunAsync(format, db, path, progress, null, ct));
            ImportReportView.Write(report, reportPath ?? $"import-{format.ToString().ToLowerInvariant()}-rejected.csv");
            if (dryRun)
            {
                AnsiConsole.MarkupLine("[yellow]Dry run: nothing was written.[/]");
            }
            return 0;
        }
        catch (ImportFormatException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported:[/] {ex.Message}");
            return 2;
        }
    }
}
