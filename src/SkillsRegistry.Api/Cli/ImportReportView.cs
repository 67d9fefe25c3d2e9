using System.Globalization;
using SkillsRegistry.Core.Import;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary>Prints an import's counts and rejected rows; writes the full list of rejected rows to a CSV file.</summary>
internal static class ImportReportView
{
    private const int ShownRejections = 20;

    public static void Write(ImportReport report, string rejectedPath)
    {
        var table = new Table().AddColumns("entity", "inserted", "updated", "unchanged");
        foreach (var (entity, counts) in report.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            table.AddRow(entity, N(counts.Inserted), N(counts.Updated), N(counts.Unchanged));
        AnsiConsole.Write(table);
        foreach (var (reason, count) in report.Skipped)
            AnsiConsole.MarkupLineInterpolated($"[grey]skipped[/] {count:N0}: {reason}");
        foreach (var (reason, count) in report.Unresolved)
            AnsiConsole.MarkupLineInterpolated($"[yellow]unresolved[/] {count:N0}: {reason}");
        if (report.Rejected.Count == 0)
        {
            AnsiConsole.MarkupLine("[green]No rows rejected.[/]");
            return;
        }
        AnsiConsole.MarkupLineInterpolated($"[yellow]{report.Rejected.Count:N0} rows rejected[/] (all listed in {rejectedPath}):");
        foreach (var row in report.Rejected.Take(ShownRejections))
            AnsiConsole.MarkupLineInterpolated($"  {row.File}:{row.Line}: {row.Reason}");
        WriteCsv(report.Rejected, rejectedPath);
    }

    private static void WriteCsv(IEnumerable<RejectedRow> rows, string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("file,line,reason");
        foreach (var row in rows)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Quote(row.File)},{row.Line},{Quote(row.Reason)}"));
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
