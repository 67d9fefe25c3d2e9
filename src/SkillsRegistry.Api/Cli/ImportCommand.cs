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
        var path = new Argument<string>("path")
        {
            Description = "Folder (esco, onet) or file (every other format) to import; a folder of credential files imports each in name order, one transaction per file.",
        };
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
        if (credentialFormat is { } folderFormat && Directory.Exists(path))
            return await RunFolderAsync(host, folderFormat, format, path, reportPath, dryRun, ct);
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

    /// <summary>
    /// Every credential file of the folder, in name order, each in its own transaction: an interrupted run keeps the
    /// files committed before it and nothing of the file it was in, so re-running it completes the import.
    /// </summary>
    private static async Task<int> RunFolderAsync(CliHost host, CredentialFileFormat credentials, ImportFormat format, string folder,
        string? reportPath, bool dryRun, CancellationToken ct)
    {
        string[] extensions = credentials == CredentialFileFormat.Csv ? [".csv"] : [".json", ".jsonld"];
        var files = Directory.EnumerateFiles(folder)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No {string.Join(" or ", extensions)} files in[/] {folder}.");
            return 2;
        }
        await using var db = await host.MigratedContextAsync(ct);
        var name = format.ToString().ToLowerInvariant();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            db.Viewer = RegistryViewer.System with { Actor = $"cli:{Environment.UserName} import {name} {Path.GetFileName(file)}" };
            try
            {
                var title = $"import {format} {Path.GetFileName(file)} ({i + 1}/{files.Count}){(dryRun ? " (dry run)" : "")}";
                var report = await ImportProgressView.RunAsync(title, progress =>
                    Importers.RunFileAsync(credentials, db, file, new CredentialImportOptions(DryRun: dryRun), progress, null, ct));
                ImportReportView.Write(report, reportPath is null
                    ? $"import-{name}-{Path.GetFileNameWithoutExtension(file)}-rejected.csv"
                    : Path.ChangeExtension(reportPath, null) + "-" + Path.GetFileNameWithoutExtension(file) + ".csv");
                if (dryRun)
                    AnsiConsole.MarkupLineInterpolated($"[yellow]checked[/] {Path.GetFileName(file)} ({i + 1}/{files.Count})");
                else
                    AnsiConsole.MarkupLineInterpolated($"[green]committed[/] {Path.GetFileName(file)} ({i + 1}/{files.Count})");
            }
            catch (ImportFormatException ex)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported from {Path.GetFileName(file)}:[/] {ex.Message} ({i} earlier file(s) stay committed; re-running the folder is safe.)");
                return 2;
            }
        }
        if (dryRun)
        {
            AnsiConsole.MarkupLine("[yellow]Dry run: nothing was written.[/]");
        }
        return 0;
    }
}
