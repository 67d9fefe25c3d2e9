namespace SkillsRegistry.Core.Tests.Import;

/// <summary>Finds the repository (the directory holding SkillsRegistry.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> _rootPath = new(FindRoot);

    public static string Root => _rootPath.Value;

    public static string SeedData(string folder) => Path.Combine(Root, "seed-data", folder);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillsRegistry.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No SkillsRegistry.sln above {AppContext.BaseDirectory}.");
    }
}
