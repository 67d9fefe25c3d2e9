namespace SkillsRegistry.Core.Tests.Import;

/// <summary>A temporary copy of one seed-data folder that a test may corrupt.</summary>
public sealed class SeedCopy : IDisposable
{
    public SeedCopy(string seedFolder)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"skillsregistry-seed-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in System.IO.Directory.GetFiles(RepositoryPaths.SeedData(seedFolder)))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Replaces physical line <paramref name="line"/> (1-based) of <paramref name="file"/>.</summary>
    public void ReplaceLine(string file, int line, Func<string, string> change)
    {
        var lines = File.ReadAllLines(PathOf(file));
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllLines(PathOf(file), lines);
    }

    /// <summary>Renames a header column so it no longer matches what the importer requires.</summary>
    public void RenameColumn(string file, string column) =>
        ReplaceLine(file, 1, header => header.Replace(column, column + "_renamed", StringComparison.Ordinal));

    public void Delete(string file) => File.Delete(PathOf(file));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
