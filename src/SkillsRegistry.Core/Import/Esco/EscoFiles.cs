using SkillsRegistry.Core.Import.Csv;

namespace SkillsRegistry.Core.Import.Esco;

/// <summary>The ESCO release files an import reads, all opened and header-checked before anything is written.</summary>
internal sealed class EscoFiles : IDisposable
{
    private readonly List<CsvFile> _opened = [];

    private EscoFiles()
    {
    }

    public CsvFile Skills { get; private set; } = null!;
    public CsvFile SkillGroups { get; private set; } = null!;
    public CsvFile SkillBroader { get; private set; } = null!;
    public CsvFile IscoGroups { get; private set; } = null!;
    public CsvFile Occupations { get; private set; } = null!;
    public CsvFile OccupationBroader { get; private set; } = null!;
    public CsvFile Requirements { get; private set; } = null!;

    /// <exception cref="ImportFormatException">A file is missing or lacks a required column.</exception>
    public static EscoFiles Open(string directory)
    {
        var files = new EscoFiles();
        try
        {
            files.OpenAll(directory);
            return files;
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }

    public void Dispose() => _opened.ForEach(f => f.Dispose());

    private void OpenAll(string directory)
    {
        Skills = Open(directory, "skills_en.csv",
            "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "status", "description");
        SkillGroups = Open(directory, "skillGroups_en.csv",
            "conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "status", "description", "code");
        SkillBroader = Open(directory, "broaderRelationsSkillPillar.csv", "conceptUri", "broaderUri");
        IscoGroups = Open(directory, "ISCOGroups_en.csv", "conceptUri", "code", "preferredLabel", "status", "altLabels", "description");
        Occupations = Open(directory, "occupations_en.csv",
            "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "status", "description", "code");
        OccupationBroader = Open(directory, "broaderRelationsOccPillar.csv", "conceptUri", "broaderUri");
        Requirements = Open(directory, "occupationSkillRelations.csv", "occupationUri", "relationType", "skillUri");
    }

    private CsvFile Open(string directory, string name, params string[] columns)
    {
        var file = CsvFile.Open(directory, name, columns);
        _opened.Add(file);
        return file;
    }
}
