namespace SkillsRegistry.Api.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds SkillsRegistry.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Under(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillsRegistry.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SkillsRegistry.sln not found above " + AppContext.BaseDirectory);
    }
}
