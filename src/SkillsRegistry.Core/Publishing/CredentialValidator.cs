using System.Globalization;
using System.Text.RegularExpressions;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// Checks a credential as it would be stored and returns every problem with its input path. Micro-credentials must
/// carry the mandatory elements of Annex I of the EU Council Recommendation (learning outcomes, workload, assessment,
/// form of participation, quality assurance).
/// </summary>
public static partial class CredentialValidator
{
    public static IReadOnlyList<UserError> Validate(Credential c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var errors = new List<UserError>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
                errors.Add(UserError.Invalid(field, message));
        }

        Check(!string.IsNullOrWhiteSpace(c.Title), "title", "A title is required.");
        Check(c.Title.Length <= 512, "title", "The title is longer than 512 characters.");
        Check(c.Description is null || c.Description.Length <= 20_000, "description", "The description is longer than 20,000 characters.");
        Check(c.LearningOutcomes.All(o => !string.IsNullOrWhiteSpace(o)), "learningOutcomes", "Learning outcomes must not be blank.");
        Check(c.EctsCredits is null or (> 0 and <= 300), "ectsCredits", "ECTS credits must be more than 0 and at most 300.");
        Check(c.Hours is null or (> 0 and <= 10_000), "hours", "Hours must be more than 0 and at most 10,000.");
        Check(c.EqfLevel is null or (>= 1 and <= 8), "eqfLevel", "The EQF level must be 1 to 8.");
        Check(c.NqfLevel is null || c.NqfLevel.Length <= 32, "nqfLevel", "The NQF level is longer than 32 characters.");
        Check(c.DurationDays is null or (> 0 and <= 3650), "durationDays", "The duration must be 1 to 3,650 days.");
        Check(c.CostAmount is null or >= 0, "costAmount", "The cost must not be negative.");
        Check(c.CostAmount is null || c.CostCurrency is not null, "costCurrency", "A cost needs its ISO 4217 currency.");
        Check(c.CostCurrency is null || CurrencyPattern().IsMatch(c.CostCurrency), "costCurrency", "The currency must be an ISO 4217 code such as EUR.");
        for (var i = 0; i < c.Languages.Count; i++)
            Check(LanguagePattern().IsMatch(c.Languages[i]), $"languages.{i}", $"'{c.Languages[i]}' is not an ISO 639-1 language code (two lower-case letters).");
        for (var i = 0; i < c.Regions.Count; i++)
            Check(RegionPattern().IsMatch(c.Regions[i]), $"regions.{i}", $"'{c.Regions[i]}' is not an ISO 3166-1 country or ISO 3166-2 subdivision code.");
        Check(c.Url is null || IsWebUrl(c.Url), "url", "The URL must be an absolute http(s) URL of at most 1,024 characters.");
        Check(c.ValidFrom is null || c.ValidUntil is null || c.ValidFrom <= c.ValidUntil, "validUntil", "validUntil is before validFrom.");
        Check(c.Ctid is null || CtidPattern().IsMatch(c.Ctid), "ctid", "A CTID looks like ce-<UUID>.");
        Check(c.ExternalId is null || (c.ExternalId.Length is > 0 and <= 256), "externalId", "The external id must be 1 to 256 characters.");
        if (c.Type == CredentialType.MicroCredential)
            AnnexOne(c, Check);
        return errors;
    }

    /// <summary>Problems with a list of alignments: ranges, duplicates and competency URIs the registry does not know.</summary>
    /// <summary>An alignment's weight: more than 0 and at most 1 (not NaN).</summary>
    public static bool IsValidWeight(double weight) => weight is > 0 and <= 1;

    /// <summary>An alignment's proficiency level: 0 to 8, the EQF scale (not NaN or infinite).</summary>
    public static bool IsValidProficiencyLevel(double level) => level is >= 0 and <= 8;

    public static IReadOnlyList<UserError> ValidateAlignments(IReadOnlyList<AlignmentSpec> alignments, IReadOnlySet<string> knownUris)
    {
        ArgumentNullException.ThrowIfNull(alignments);
        ArgumentNullException.ThrowIfNull(knownUris);
        var errors = new List<UserError>();
        var seen = new HashSet<(string, AlignmentType)>();
        for (var i = 0; i < alignments.Count; i++)
        {
            var a = alignments[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"alignments.{i}");
            if (!knownUris.Contains(a.CompetencyUri))
                errors.Add(UserError.Invalid(at + ".competencyUri", $"No competency with URI {a.CompetencyUri}."));
            if (!IsValidWeight(a.Weight))
                errors.Add(UserError.Invalid(at + ".weight", "The weight must be more than 0 and at most 1."));
            if (a.ProficiencyLevel is { } level && !IsValidProficiencyLevel(level))
                errors.Add(UserError.Invalid(at + ".proficiencyLevel", "The proficiency level must be 0 to 8."));
            if (!seen.Add((a.CompetencyUri, a.Type)))
                errors.Add(UserError.Invalid(at, $"{a.CompetencyUri} is listed twice as {a.Type}."));
        }
        return errors;
    }

    private static void AnnexOne(Credential c, Action<bool, string, string> check)
    {
        const string Rule = "is required for a micro-credential (Annex I of the EU Council Recommendation).";
        check(c.LearningOutcomes.Count > 0, "learningOutcomes", "At least one learning outcome " + Rule);
        check(c.EctsCredits is not null || c.Hours is not null, "ectsCredits", "A notional workload (ectsCredits or hours) " + Rule);
        check(c.AssessmentType is not null, "assessmentType", "The type of assessment " + Rule);
        check(c.DeliveryMode is not null, "deliveryMode", "The form of participation " + Rule);
        check(!string.IsNullOrWhiteSpace(c.QualityAssuranceType), "qualityAssuranceType", "The type of quality assurance " + Rule);
    }

    private static bool IsWebUrl(string url) =>
        url.Length <= 1024 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex CtidPattern();
}
