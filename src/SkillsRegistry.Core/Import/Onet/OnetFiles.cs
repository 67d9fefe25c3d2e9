using SkillsRegistry.Core.Import.Csv;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>The O*NET 29.3 files an import reads (Excel export converted to CSV), all header-checked before anything is written.</summary>
internal sealed class OnetFiles : IDisposable
{
    private const string Code = "O*NET-SOC Code";
    private static readonly string[] _ratingColumns =
        [Code, "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant"];

    private readonly List<CsvFile> _opened = [];

    private OnetFiles()
    {
    }

    public CsvFile Occupations { get; private set; } = null!;
    public CsvFile AlternateTitles { get; private set; } = null!;
    public CsvFile ContentModel { get; private set; } = null!;
    public CsvFile Skills { get; private set; } = null!;
    public CsvFile Knowledge { get; private set; } = null!;
    public CsvFile Technology { get; private set; } = null!;

    /// <exception cref="ImportFormatException">A file is missing or lacks a required column.</exception>
    public static OnetFiles Open(string directory)
    {
        var files = new OnetFiles();
        try
        {
            files.Occupations = files.Open(directory, "Occupation_Data.csv", Code, "Title", "Description");
            files.AlternateTitles = files.Open(directory, "Alternate_Titles.csv", Code, "Alternate Title");
            files.ContentModel = files.Open(directory, "Content_Model_Reference.csv", "Element ID", "Element Name", "Description");
            files.Skills = files.Open(directory, "Skills.csv", _ratingColumns);
            files.Knowledge = files.Open(directory, "Knowledge.csv", _ratingColumns);
            files.Technology = files.Open(directory, "Technology_Skills.csv",
                Code, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand");
            return files;
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }

    public void Dispose() => _opened.ForEach(f => f.Dispose());

    private CsvFile Open(string directory, string name, params string[] columns)
    {
        var file = CsvFile.Open(directory, name, columns);
        _opened.Add(file);
        return file;
    }
}
