using System.CommandLine;

namespace SkillsRegistry.Api.Cli;

/// <summary>
/// Command-line verbs of the same executable; without a verb the web host starts. Configuration comes from
/// appsettings.json, environment variables and <c>--Section:Key=value</c> arguments, as for the server.
/// </summary>
public static class RegistryCli
{
    private static readonly HashSet<string> _verbs = ["import", "migrate", "seed", "schema", "reindex", "keys", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && _verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SkillsRegistry: import taxonomies and catalogues, migrate the database, manage API keys, print the schema.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(DatabaseCommands.Migrate());
        root.Subcommands.Add(DatabaseCommands.Seed());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        // Unmatched --Section:Key=value tokens are configuration for the verb's host.
        foreach (var command in root.Subcommands)
            command.TreatUnmatchedTokensAsErrors = false;
        return await root.Parse(args).InvokeAsync();
    }
}
