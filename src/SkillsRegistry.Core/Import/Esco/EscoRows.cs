using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Esco;

/// <summary>Turns ESCO CSV records into entities; each method returns a rejection reason or null.</summary>
internal static class EscoRows
{
    public static string? TrySkill(CsvFile row, int frameworkId, out Competency? skill)
    {
        skill = null;
        var statusError = TryStatus(row, out var status);
        var typeError = Lookup(_skillTypes, row["skillType"], "skillType", out var type);
        var reuseError = TryReuseLevel(row["reuseLevel"], out var reuse);
        if ((RequireUri(row, "conceptUri") ?? statusError ?? typeError ?? reuseError) is { } error)
        {
            return error;
        }
        skill = new Competency
        {
            FrameworkId = frameworkId,
            Uri = row["conceptUri"],
            Type = type,
            ReuseLevel = reuse,
            Status = status,
            PreferredLabel = row["preferredLabel"],
            Description = NullIfEmpty(row["description"]),
            AlternativeLabels = row.Lines("altLabels"),
            HiddenLabels = row.Lines("hiddenLabels"),
        };
        return null;
    }

    public static string? TrySkillGroup(CsvFile row, int frameworkId, out Competency? group)
    {
        group = null;
        var statusError = TryStatus(row, out var status);
        if ((RequireUri(row, "conceptUri") ?? statusError) is { } error)
        {
            return error;
        }
        group = new Competency
        {
            FrameworkId = frameworkId,
            Uri = row["conceptUri"],
            Type = CompetencyType.SkillGroup,
            Status = status,
            Code = NullIfEmpty(row["code"]),
            PreferredLabel = row["preferredLabel"],
            Description = NullIfEmpty(row["description"]),
            AlternativeLabels = row.Lines("altLabels"),
            HiddenLabels = row.Lines("hiddenLabels"),
        };
        return null;
    }

    public static string? TryIscoGroup(CsvFile row, int frameworkId, out Occupation? group)
    {
        group = null;
        var statusError = TryStatus(row, out var status);
        if ((RequireUri(row, "conceptUri") ?? statusError) is { } error)
        {
            return error;
        }
        var code = NullIfEmpty(row["code"]);
        group = new Occupation
        {
            FrameworkId = frameworkId,
            Uri = row["conceptUri"],
            Kind = OccupationKind.Group,
            Code = code,
            IscoCode = code,
            PreferredLabel = row["preferredLabel"],
            Description = NullIfEmpty(row["description"]),
            Status = status,
            AlternativeLabels = row.Lines("altLabels"),
        };
        return null;
    }

    public static string? TryOccupation(CsvFile row, int frameworkId, out Occupation? occupation)
    {
        occupation = null;
        var statusError = TryStatus(row, out var status);
        if ((RequireUri(row, "conceptUri") ?? statusError) is { } error)
        {
            return error;
        }
        occupation = new Occupation
        {
            FrameworkId = frameworkId,
            Uri = row["conceptUri"],
            Kind = OccupationKind.Occupation,
            Code = NullIfEmpty(row["code"]),
            IscoCode = NullIfEmpty(row["iscoGroup"]),
            Status = status,
            PreferredLabel = row["preferredLabel"],
            Description = NullIfEmpty(row["description"]),
            AlternativeLabels = row.Lines("altLabels"),
            HiddenLabels = row.Lines("hiddenLabels"),
        };
        return null;
    }

    public static string? TryRelation(string value, out RequirementRelation relation) =>
        Lookup(_relations, value, "relationType", out relation);

    public static string? RequireUri(CsvFile row, string column) =>
        row[column].Length == 0 ? $"empty {column}" : null;

    private static string? TryStatus(CsvFile row, out ConceptStatus status) =>
        Lookup(_statuses, row["status"], "status", out status);

    private static string? TryReuseLevel(string value, out ReuseLevel? level)
    {
        level = null;
        if (value.Length == 0)
        {
            return null;
        }
        var error = Lookup(_reuseLevels, value, "reuseLevel", out var found);
        level = error is null ? found : null;
        return error;
    }

    private static string? Lookup<T>(Dictionary<string, T> values, string value, string column, out T result)
        where T : struct
    {
        if (values.TryGetValue(value, out result))
        {
            return null;
        }
        return $"unknown {column} '{value}'";
    }

    private static readonly Dictionary<string, ConceptStatus> _statuses = new(StringComparer.Ordinal)
    {
        ["released"] = ConceptStatus.Released,
        ["deprecated"] = ConceptStatus.Deprecated,
    };

    // Six v1.1.1 concepts carry no skillType; they are imported as skill/competence (ESCO's umbrella type).
    private static readonly Dictionary<string, CompetencyType> _skillTypes = new(StringComparer.Ordinal)
    {
        ["skill/competence"] = CompetencyType.SkillCompetence,
        [""] = CompetencyType.SkillCompetence,
        ["knowledge"] = CompetencyType.Knowledge,
    };

    private static readonly Dictionary<string, ReuseLevel> _reuseLevels = new(StringComparer.Ordinal)
    {
        ["transversal"] = ReuseLevel.Transversal,
        ["cross-sector"] = ReuseLevel.CrossSector,
        ["sector-specific"] = ReuseLevel.SectorSpecific,
        ["occupation-specific"] = ReuseLevel.OccupationSpecific,
    };

    private static readonly Dictionary<string, RequirementRelation> _relations = new(StringComparer.Ordinal)
    {
        ["essential"] = RequirementRelation.Essential,
        ["optional"] = RequirementRelation.Optional,
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
