using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Esco;

/// <summary>
/// Imports an ESCO v1.1.1 CSV release (English): skills, skill groups and their hierarchy, ISCO groups,
/// occupations and their hierarchy, and occupation→skill requirements. Re-running on the same files changes nothing.
/// </summary>
public sealed class EscoImporter(ImportOptions? options = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();

    public const string FrameworkKey = "esco-1.1.1";

    /// <exception cref="ImportFormatException">A file is missing or lacks a required column; nothing was written.</exception>
    public async Task<ImportReport> ImportAsync(
        RegistryDbContext db, string directory, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var files = EscoFiles.Open(directory);
        return await ImportSession.RunAsync(db, _options, progress, session => RunAsync(session, files), ct);
    }

    private static async Task RunAsync(ImportSession session, EscoFiles files)
    {
        var frameworkId = await FrameworkUpsert.RunAsync(session, Framework());
        var skills = await UriStore<Competency>.CompetenciesAsync(session, frameworkId);
        await session.ForEachRowAsync(files.Skills, r => EscoRows.TrySkill(r, frameworkId, out var c) ?? skills.Upsert(c!));
        await session.ForEachRowAsync(files.SkillGroups, r => EscoRows.TrySkillGroup(r, frameworkId, out var c) ?? skills.Upsert(c!));
        var hierarchy = await HierarchyStore.LoadAsync(session, frameworkId);
        await session.ForEachRowAsync(files.SkillBroader, r => LinkSkill(r, skills, hierarchy));

        var occupations = await UriStore<Occupation>.OccupationsAsync(session, frameworkId);
        await session.ForEachRowAsync(files.IscoGroups, r => EscoRows.TryIscoGroup(r, frameworkId, out var o) ?? occupations.Upsert(o!));
        await session.ForEachRowAsync(files.Occupations, r => EscoRows.TryOccupation(r, frameworkId, out var o) ?? occupations.Upsert(o!));
        var broader = new OccupationBroaderLinker(occupations, session.Report.For("OccupationBroader"));
        await session.ForEachRowAsync(files.OccupationBroader, broader.Link);

        // Requirements are the bulk of the release: start them with an empty change tracker.
        session.Db.ChangeTracker.Clear();
        var requirements = await RequirementStore.LoadAsync(session, frameworkId);
        await session.ForEachRowAsync(files.Requirements, r => Require(r, occupations, skills, requirements));
    }

    private static string? LinkSkill(Csv.CsvFile row, UriStore<Competency> skills, HierarchyStore hierarchy)
    {
        if ((EscoRows.RequireUri(row, "conceptUri") ?? EscoRows.RequireUri(row, "broaderUri")) is { } error)
        {
            return error;
        }
        if (!skills.TryGetId(row["conceptUri"], out var narrowerId))
        {
            return $"unknown concept {row["conceptUri"]}";
        }
        return skills.TryGetId(row["broaderUri"], out var broaderId)
            ? hierarchy.Link(narrowerId, broaderId)
            : $"unknown broader concept {row["broaderUri"]}";
    }

    private static string? Require(
        Csv.CsvFile row, UriStore<Occupation> occupations, UriStore<Competency> skills, RequirementStore requirements)
    {
        var relationError = EscoRows.TryRelation(row["relationType"], out var relation);
        if ((EscoRows.RequireUri(row, "occupationUri") ?? EscoRows.RequireUri(row, "skillUri") ?? relationError) is { } error)
        {
            return error;
        }
        if (!occupations.TryGetId(row["occupationUri"], out var occupationId))
        {
            return $"unknown occupation {row["occupationUri"]}";
        }
        if (!skills.TryGetId(row["skillUri"], out var skillId))
        {
            return $"unknown skill {row["skillUri"]}";
        }
        return requirements.Upsert(new OccupationRequirement { OccupationId = occupationId, CompetencyId = skillId, Relation = relation });
    }

    private static CompetencyFramework Framework() => new()
    {
        Key = FrameworkKey,
        Name = "ESCO",
        Publisher = "European Commission",
        Version = "1.1.1",
        SourceUri = "https://esco.ec.europa.eu/",
        Licence = "Commission Decision 2011/833/EU",
        Attribution = "This service uses the ESCO classification of the European Commission.",
    };
}
