using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Onet;

/// <summary>
/// Imports O*NET 29.3 (CSV converted from the Excel release): occupations with alternate titles, skills and
/// knowledge with merged importance/level ratings, and technology commodities and examples with hot/in-demand
/// flags. A rated element is Essential when its importance is ≥ 3.0 (see <see cref="OnetRating"/>); a technology
/// example is Essential when O*NET flags it In Demand for the occupation. Re-running changes nothing.
/// </summary>
public sealed class OnetImporter(ImportOptions? options = null)
{
    public const string FrameworkKey = "onet-29.3";

    private readonly ImportOptions _options = options ?? new ImportOptions();

    /// <exception cref="ImportFormatException">A file is missing or lacks a required column; nothing was written.</exception>
    public async Task<ImportReport> ImportAsync(
        RegistryDbContext db, string directory, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var files = OnetFiles.Open(directory);
        return await ImportSession.RunAsync(db, _options, progress, session => RunAsync(session, files), ct);
    }

    private static async Task RunAsync(ImportSession session, OnetFiles files)
    {
        var frameworkId = await FrameworkUpsert.RunAsync(session, Framework());
        var titles = new OnetAlternateTitles();
        session.Scan(files.AlternateTitles, titles.Read);
        var occupations = await UriStore<Occupation>.OccupationsAsync(session, frameworkId);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        await session.ForEachRowAsync(files.Occupations, r => UpsertOccupation(r, frameworkId, titles, occupations, codes));
        titles.RejectUnknown(codes, session.Report, files.AlternateTitles.Name);

        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        session.Scan(files.ContentModel, r => descriptions.TryAdd(r["Element ID"], r["Description"]) ? null : "duplicate Element ID");
        var ratings = new OnetRatings(codes);
        session.Scan(files.Skills, ratings.Reader(CompetencyType.SkillCompetence));
        session.Scan(files.Knowledge, ratings.Reader(CompetencyType.Knowledge));
        var technology = new OnetTechnology(codes);
        session.Scan(files.Technology, technology.Read);

        var writer = new OnetWriter(session, frameworkId, occupations);
        await writer.WriteElementsAsync(ratings, descriptions);
        await writer.WriteTechnologyAsync(technology);
        await writer.WriteRequirementsAsync(ratings, technology);
    }

    private static string? UpsertOccupation(
        CsvFile row, int frameworkId, OnetAlternateTitles titles, UriStore<Occupation> occupations, HashSet<string> codes)
    {
        var code = row["O*NET-SOC Code"];
        if (code.Length < 7 || row["Title"].Length == 0)
        {
            return $"O*NET-SOC Code '{code}' or Title is missing or malformed";
        }
        codes.Add(code);
        return occupations.Upsert(new Occupation
        {
            FrameworkId = frameworkId,
            Uri = OnetUris.Occupation(code),
            Kind = OccupationKind.Occupation,
            Code = code,
            SocCode = code[..7],
            PreferredLabel = row["Title"],
            Description = row["Description"],
            AlternativeLabels = titles.For(code),
            Status = ConceptStatus.Released,
        });
    }

    private static CompetencyFramework Framework() => new()
    {
        Key = FrameworkKey,
        Name = "O*NET",
        Publisher = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
        Version = "29.3",
        SourceUri = "https://www.onetcenter.org/database.html",
        Licence = "CC BY 4.0",
        Attribution = "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, "
            + "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. "
            + "O*NET® is a trademark of USDOL/ETA. Modified: converted from Excel to CSV and subset.",
    };
}
