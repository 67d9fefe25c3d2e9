namespace SkillsRegistry.Api.Cli;

/// <summary>Command-line verbs of the same executable (import, …); without a verb the web host starts.</summary>
public static class RegistryCli
{
    private static readonly HashSet<string> _verbs = ["import", "migrate"];

    public static bool IsCommand(string[] args) => args.Length > 0 && _verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args) => Task.FromResult(args.Length);
}
