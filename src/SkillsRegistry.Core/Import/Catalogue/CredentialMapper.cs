using System.Globalization;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Turns a catalogue entry into a detached <see cref="Credential"/>, collecting every reason to reject it whole.</summary>
internal static class CredentialMapper
{
    public static Credential? Map(CatalogueCredential dto, Provider provider, List<string> errors)
    {
        RequireText(dto.ExternalId, "externalId", 256, errors);
        RequireText(dto.Title, "title", 512, errors);
        CheckNumbers(dto, errors);
        var parsed = new ParsedFields(
            StrictEnum.Parse<CredentialType>(dto.Type, "type", required: true, errors),
            StrictEnum.Parse<CredentialStatus>(dto.Status, "status", required: true, errors),
            StrictEnum.Parse<AssessmentType>(dto.AssessmentType, "assessmentType", required: false, errors),
            StrictEnum.Parse<DeliveryMode>(dto.DeliveryMode, "deliveryMode", required: false, errors),
            ParseDate(dto.ValidFrom, "validFrom", errors),
            ParseDate(dto.ValidUntil, "validUntil", errors));
        return errors.Count == 0 ? Build(dto, provider, parsed) : null;
    }

    private static Credential Build(CatalogueCredential dto, Provider provider, ParsedFields parsed) => new()
    {
        Provider = provider,
        ProviderId = provider.Id,
        ExternalId = dto.ExternalId,
        Title = dto.Title!,
        Description = dto.Description,
        Type = parsed.Type!.Value,
        Status = parsed.Status!.Value,
        LearningOutcomes = [.. dto.LearningOutcomes ?? []],
        EctsCredits = dto.EctsCredits,
        Hours = dto.Hours,
        EqfLevel = dto.EqfLevel,
        NqfLevel = dto.NqfLevel,
        AssessmentType = parsed.Assessment,
        DeliveryMode = parsed.Delivery,
        QualityAssuranceType = dto.QualityAssuranceType,
        Prerequisites = dto.Prerequisites,
        Languages = [.. dto.Languages ?? []],
        CostAmount = dto.CostAmount,
        CostCurrency = dto.CostCurrency,
        DurationDays = dto.DurationDays,
        Regions = [.. dto.Regions ?? []],
        Url = dto.Url,
        ValidFrom = parsed.ValidFrom,
        ValidUntil = parsed.ValidUntil,
        Ctid = dto.Ctid,
        OpenBadgeId = dto.OpenBadgeId,
    };

    public static List<ParsedAlignment> MapAlignments(CatalogueCredential dto, List<string> errors)
    {
        var result = new List<ParsedAlignment>();
        var alignments = dto.Alignments ?? [];
        for (var i = 0; i < alignments.Count; i++)
        {
            var a = alignments[i];
            if (a is null)
            {
                errors.Add($"alignments[{i}] is not an object");
                continue;
            }
            var type = StrictEnum.Parse<AlignmentType>(a.Type, $"alignments[{i}].type", required: true, errors);
            if (type is not null)
            {
                result.Add(new ParsedAlignment(i, a.CompetencyUri, type.Value, a.ProficiencyLevel, a.Weight));
            }
        }
        return result;
    }

    private static void RequireText(string? value, string field, int maxLength, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{field} is missing");
        }
        else if (value.Length > maxLength)
        {
            errors.Add($"{field} is longer than {maxLength} characters");
        }
    }

    private static DateOnly? ParseDate(string? value, string field, List<string> errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add($"{field} '{value}' is not a yyyy-MM-dd date");
        return null;
    }

    private static void CheckNumbers(CatalogueCredential dto, List<string> errors)
    {
        if (dto.EqfLevel is < 1 or > 8)
        {
            errors.Add($"eqfLevel {dto.EqfLevel} is outside 1-8");
        }
        if (dto.EctsCredits < 0 || dto.Hours < 0 || dto.CostAmount < 0 || dto.DurationDays < 0)
        {
            errors.Add("ectsCredits, hours, costAmount and durationDays cannot be negative");
        }
        if (dto.CostCurrency is { Length: not 3 })
        {
            errors.Add($"costCurrency '{dto.CostCurrency}' is not an ISO 4217 code");
        }
    }

    private sealed record ParsedFields(
        CredentialType? Type, CredentialStatus? Status, AssessmentType? Assessment, DeliveryMode? Delivery, DateOnly? ValidFrom, DateOnly? ValidUntil);
}
