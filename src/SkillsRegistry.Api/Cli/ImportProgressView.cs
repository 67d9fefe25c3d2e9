using SkillsRegistry.Core.Import;
using Spectre.Console;

namespace SkillsRegistry.Api.Cli;

/// <summary>Shows an import's progress on the terminal: one line per step with its row count.</summary>
internal static class ImportProgressView
{
    public static async Task<ImportReport> RunAsync(string title, Func<IProgress<ImportProgress>, Task<ImportReport>> import)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
            return await import(new Progress<ImportProgress>(p => Console.Error.WriteLine($"{p.Step}: {p.RowsDone:N0} rows")));
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Progress<ImportProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Step, out var task))
                        tasks[p.Step] = task = context.AddTask(p.Step, maxValue: p.RowsTotal ?? 1);
                    task.MaxValue = p.RowsTotal ?? Math.Max(p.RowsDone, 1);
                    task.Value = p.RowsDone;
                    task.Description = $"{title}: {p.Step} ({p.RowsDone:N0} rows)";
                });
                var report = await import(progress);
                foreach (var task in tasks.Values)
                    task.Value = task.MaxValue;
                return report;
            });
    }
}
