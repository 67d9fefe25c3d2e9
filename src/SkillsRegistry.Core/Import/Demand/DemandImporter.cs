using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Demand;

/// <summary>
/// Imports BLS Employment Projections 2024–34 table 1.2 as national occupation demand. Only "Line item" rows
/// (detailed SOC occupations) are stored; "Summary" rows (aggregates) are counted as skipped. Employment and
/// openings are published in thousands and stored in persons. Re-running changes nothing.
/// </summary>
public sealed class DemandImporter(ImportOptions? options = null)
{
    public const string FileName = "table_1_2_occupational_projections_2024_34.csv";
    public const string Source = "BLS Employment Projections 2024–34";
    public const string Region = "US";
    public const string Period = "2024-34";
    public const string SummarySkipped = "Summary row (aggregate of line items)";

    private const string Title = "2024 National Employment Matrix title";
    private const string Code = "2024 National Employment Matrix code";
    private const string Type = "Occupation type";
    private const string Employment = "Employment, 2024";
    private const string Projected = "Employment, 2034";
    private const string Growth = "Employment change, percent, 2024–34";
    private const string Openings = "Occupational openings, 2024–34 annual average";
    private const string Wage = "Median annual wage, dollars, 2024";

    private readonly ImportOptions _options = options ?? new ImportOptions();

    /// <exception cref="ImportFormatException">The file is missing or lacks a required column; nothing was written.</exception>
    public async Task<ImportReport> ImportAsync(
        RegistryDbContext db, string directory, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var file = CsvFile.Open(directory, FileName, [Title, Code, Type, Employment, Projected, Growth, Openings, Wage]);
        return await ImportSession.RunAsync(db, _options, progress, session => RunAsync(session, file), ct);
    }

    private static async Task RunAsync(ImportSession session, CsvFile file)
    {
        var stored = await session.Db.Demand.AsTracking().Where(d => d.Region == Region && d.Period == Period)
            .ToDictionaryAsync(d => d.SocCode, StringComparer.Ordinal, session.Token);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = session.Report.For(nameof(OccupationDemand));
        await session.ForEachRowAsync(file, row =>
        {
            if (row[Type] == "Summary")
            {
                session.Report.CountSkipped(SummarySkipped);
                return null;
            }
            if (TryDemand(row, out var demand) is { } error)
            {
                return error;
            }
            if (!seen.Add(demand!.SocCode))
            {
                return $"duplicate SOC code {demand.SocCode} (first occurrence kept)";
            }
            counts.Count(Upsert(session.Db, stored, demand, out var changed), changed);
            return null;
        });
    }

    private static string? TryDemand(CsvFile row, out OccupationDemand? demand)
    {
        demand = null;
        if (row[Type] != "Line item")
        {
            return $"unknown Occupation type '{row[Type]}'";
        }
        if (row[Code].Length == 0 || row[Title].Length == 0)
        {
            return "empty matrix code or title";
        }
        var values = new double?[5];
        string[] columns = [Employment, Projected, Growth, Openings, Wage];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!BlsNumbers.TryParse(row[columns[i]], out values[i]))
            {
                return $"'{columns[i]}' value '{row[columns[i]]}' is not a number";
            }
        }
        demand = new OccupationDemand
        {
            SocCode = row[Code],
            Title = row[Title],
            Region = Region,
            Period = Period,
            Source = Source,
            Employment = BlsNumbers.Thousands(values[0]),
            ProjectedEmployment = BlsNumbers.Thousands(values[1]),
            GrowthPercent = values[2],
            AnnualOpenings = BlsNumbers.Thousands(values[3]),
            MedianAnnualWage = values[4],
        };
        return null;
    }

    private static bool Upsert(RegistryDbContext db, Dictionary<string, OccupationDemand> stored, OccupationDemand incoming, out bool changed)
    {
        changed = false;
        if (!stored.TryGetValue(incoming.SocCode, out var existing))
        {
            db.Demand.Add(incoming);
            return true;
        }
        changed = existing.Title != incoming.Title || existing.Employment != incoming.Employment
            || existing.ProjectedEmployment != incoming.ProjectedEmployment || existing.GrowthPercent != incoming.GrowthPercent
            || existing.AnnualOpenings != incoming.AnnualOpenings || existing.MedianAnnualWage != incoming.MedianAnnualWage
            || existing.Source != incoming.Source;
        (existing.Title, existing.Employment, existing.ProjectedEmployment) = (incoming.Title, incoming.Employment, incoming.ProjectedEmployment);
        (existing.GrowthPercent, existing.AnnualOpenings) = (incoming.GrowthPercent, incoming.AnnualOpenings);
        (existing.MedianAnnualWage, existing.Source) = (incoming.MedianAnnualWage, incoming.Source);
        return false;
    }
}
