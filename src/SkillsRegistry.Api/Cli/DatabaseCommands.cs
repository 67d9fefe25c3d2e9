using System.CommandLine;
using Microsoft.Extensions.Options;
using SkillsRegistry.Api.Hosting;
using SkillsRegistry.Core.Import;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

internal static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Create the database or apply pending migrations.");
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            await using var db = await host.MigratedContextAsync(ct);
            AnsiConsole.MarkupLine("[green]Database is up to date.[/]");
            return 0;
        });
        return command;
    }

    public static Command Seed()
    {
        var command = new Command("seed", "Import the shipped seed data (taxonomy slices, demand, demonstration catalogue). Idempotent.");
        command.SetAction(async (parse, ct) =>
        {
            await using var host = CliHost.Create(parse);
            await using var db = await host.MigratedContextAsync(ct);
            var directory = host.Services.GetRequiredService<IOptions<SeedOptions>>().Value.ResolvedDirectory;
            try
            {
                var reports = await SeedData.ImportAsync(db, directory, ConsoleProgress(), null, ct);
                foreach (var (format, report) in reports)
                {
                    AnsiConsole.Write(new Rule(format.ToString()));
                    ImportReportView.Write(report, $"seed-{format.ToString().ToLowerInvariant()}-rejected.csv");
                }
                return 0;
            }
            catch (ImportFormatException ex)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]Seeding stopped:[/] {ex.Message}");
                return 2;
            }
        });
        return command;
    }

    private static Progress<ImportProgress> ConsoleProgress() => new(p => Console.Error.WriteLine($"{p.Step}: {p.RowsDone:N0} rows"));
}
