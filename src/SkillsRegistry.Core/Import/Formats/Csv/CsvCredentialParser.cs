using System.Globalization;
using System.Text;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Formats.Csv;

/// <summary>
/// Reads the registry's CSV template (<c>seed-data/templates/credentials-template.csv</c>): one row per credential; lists
/// are <c>;</c>-separated (learning outcomes <c>|</c>-separated); an alignment is <c>uri</c> or <c>uri@assesses</c>.
/// </summary>
internal static class CsvCredentialParser
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["externalId", "title", "type"];

    public static readonly IReadOnlyList<string> Columns =
    [
        "externalId", "provider", "providerCountry", "providerWebsite", "title", "description", "type", "status", "eqfLevel",
        "nqfLevel", "ectsCredits", "hours", "durationDays", "languages", "regions", "deliveryMode", "assessmentType",
        "qualityAssuranceType", "prerequisites", "costAmount", "costCurrency", "url", "validFrom", "validUntil",
        "learningOutcomes", "alignments", "partOf", "ctid", "openBadgeId",
    ];

    public static CatalogueSource Parse(string fileName, byte[] bytes)
    {
        using var csv = CsvFile.Open(new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), fileName,
            [.. RequiredColumns]);
        var file = new ParsedFile(fileName);
        while (csv.Read())
        {
            var at = new RecordLocation($"line {csv.Line}", csv.Line);
            var d = Read(csv);
            if (d.Provider is not null && Codes.Country(csv.Optional("providerCountry")) is { } country)
            {
                file.AddProvider(new CatalogueProvider(d.Provider, country, null, Blank(csv.Optional("providerWebsite")), [], null, null), at);
            }
            file.AddCredential(d.ToRecord(), at, d.Errors);
        }
        return file.Build(updateExistingProviders: false);
    }

    private static CredentialDraft Read(CsvFile csv)
    {
        var d = new CredentialDraft
        {
            ExternalId = Blank(csv["externalId"]),
            Provider = Blank(csv.Optional("provider")),
            Title = Blank(csv["title"]),
            Description = Blank(csv.Optional("description")),
            NqfLevel = Blank(csv.Optional("nqfLevel")),
            QualityAssuranceType = Blank(csv.Optional("qualityAssuranceType")),
            Prerequisites = Blank(csv.Optional("prerequisites")),
            Url = Blank(csv.Optional("url")),
            ValidFrom = Blank(csv.Optional("validFrom")),
            ValidUntil = Blank(csv.Optional("validUntil")),
            Ctid = Blank(csv.Optional("ctid")),
            OpenBadgeId = Blank(csv.Optional("openBadgeId")),
            CostCurrency = Blank(csv.Optional("costCurrency")),
        };
        d.Type = Enum<CredentialType>(csv["type"]);
        d.Status = Enum<CredentialStatus>(csv.Optional("status")) ?? nameof(CredentialStatus.Published);
        d.DeliveryMode = Enum<DeliveryMode>(csv.Optional("deliveryMode"));
        d.AssessmentType = Enum<AssessmentType>(csv.Optional("assessmentType"));
        d.EqfLevel = (int?)Number(csv, "eqfLevel", d.Errors, whole: true);
        d.EctsCredits = Number(csv, "ectsCredits", d.Errors);
        d.Hours = Number(csv, "hours", d.Errors);
        d.DurationDays = (int?)Number(csv, "durationDays", d.Errors, whole: true);
        d.CostAmount = Number(csv, "costAmount", d.Errors);
        foreach (var language in List(csv.Optional("languages"), ';'))
        {
            d.AddLanguage(Codes.Language(language, "languages", d.Errors));
        }
        d.Regions.AddRange(List(csv.Optional("regions"), ';'));
        d.LearningOutcomes.AddRange(List(csv.Optional("learningOutcomes"), '|'));
        d.PartOf.AddRange(List(csv.Optional("partOf"), ';'));
        foreach (var alignment in List(csv.Optional("alignments"), ';'))
        {
            var at = alignment.LastIndexOf('@');
            var type = at > 0 ? Enum<AlignmentType>(alignment[(at + 1)..]) : null;
            if (type is not null && System.Enum.GetNames<AlignmentType>().Contains(type, StringComparer.Ordinal))
            {
                d.Align(alignment[..at], type);
            }
            else
            {
                d.Align(alignment, nameof(AlignmentType.Teaches));
            }
        }
        return d;
    }

    /// <summary>The enum name whatever its case ("microcredential" → MicroCredential); an unknown value is passed on for the pipeline to reject.</summary>
    private static string? Enum<TEnum>(string value)
        where TEnum : struct, Enum =>
        Blank(value) is { } text ? System.Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) ?? text : null;

    private static decimal? Number(CsvFile csv, string column, List<string> errors, bool whole = false)
    {
        var text = csv.Optional(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && (!whole || IsInt32(value)))
        {
            return value;
        }
        errors.Add($"{column} '{text}' is not {(whole ? $"a whole number up to {int.MaxValue}" : "a number")}");
        return null;
    }

    // Whole-number columns are stored as int: a larger value is a rejection, not an OverflowException on the cast.
    private static bool IsInt32(decimal value) => decimal.IsInteger(value) && value is >= int.MinValue and <= int.MaxValue;

    private static IEnumerable<string> List(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
