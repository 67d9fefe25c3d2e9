using System.Text.Json;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Import.Formats.JsonLd;

namespace SkillsRegistry.Core.Import.Formats.Elm;

/// <summary>
/// Reads European Learning Model v3 European Digital Credentials (one, or a JSON array): every claim of the credential
/// subject becomes a credential described by its specification (<c>specifiedBy</c>), keyed by the specification's id; the
/// awarding body (else the issuer) is the provider; learning outcomes' <c>relatedESCOSkill</c> / <c>relatedSkill</c> are
/// competencies it teaches.
/// </summary>
internal static class ElmParser
{
    private const string EqfScheme = "http://data.europa.eu/snb/eqf/";

    // A learning achievement (a qualification or micro-credential) or a learning activity (participation).
    private static readonly Dictionary<string, CredentialType> _claims = new(StringComparer.Ordinal)
    {
        ["LearningAchievement"] = CredentialType.MicroCredential,
        ["LearningActivity"] = CredentialType.Certificate,
    };

    // The learning-assessment / learning-setting mode concepts, by English label.
    private static readonly Dictionary<string, DeliveryMode> _modes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["online"] = DeliveryMode.Online,
        ["blended"] = DeliveryMode.Blended,
        ["face-to-face"] = DeliveryMode.InPerson,
        ["in person"] = DeliveryMode.InPerson,
        ["in-person"] = DeliveryMode.InPerson,
        ["onsite"] = DeliveryMode.InPerson,
        ["on-site"] = DeliveryMode.InPerson,
    };

    public static CatalogueSource Parse(string fileName, byte[] bytes)
    {
        using var document = JsonLd.Parse(fileName, bytes);
        var file = new ParsedFile(fileName);
        foreach (var (credential, at) in JsonRecords.Of(fileName, document.RootElement, bytes, graphProperty: null))
        {
            var prefix = at.Label == "/" ? string.Empty : at.Label;
            var claims = Prop(credential, "credentialSubject") is { } subject ? Prop(subject, "hasClaim") : null;
            var list = Many(claims).ToList();
            if (list.Count == 0)
            {
                var draft = new CredentialDraft { ExternalId = Text(Prop(credential, "id")) };
                draft.Errors.Add("credentialSubject.hasClaim is missing");
                file.AddCredential(draft.ToRecord(), at, draft.Errors);
            }
            for (var i = 0; i < list.Count; i++)
            {
                var pointer = claims is { ValueKind: JsonValueKind.Array } ? $"{prefix}/credentialSubject/hasClaim/{i}" : $"{prefix}/credentialSubject/hasClaim";
                Read(file, credential, list[i], at with { Label = pointer });
            }
        }
        return file.Build(updateExistingProviders: false);
    }

    private static void Read(ParsedFile file, JsonElement credential, JsonElement claim, RecordLocation at)
    {
        var spec = Many(Prop(claim, "specifiedBy")).FirstOrDefault();
        if (spec.ValueKind != JsonValueKind.Object)
        {
            spec = claim;
        }
        var d = new CredentialDraft
        {
            ExternalId = Id(spec) ?? Id(credential),
            Title = Text(Prop(spec, "title")) ?? Text(Prop(claim, "title")),
            Description = Text(Prop(spec, "description")) ?? Text(Prop(claim, "description")),
            Status = nameof(CredentialStatus.Published),
            NqfLevel = Prop(spec, "nqfLevel") is { } nqf ? Text(Prop(nqf, "prefLabel")) : null,
            Prerequisites = Prop(spec, "entryRequirement") is { } entry ? Text(Prop(entry, "noteLiteral")) : null,
            Url = Many(Prop(spec, "homepage")).Select(h => Text(Prop(h, "contentURL"))).FirstOrDefault(u => u is not null),
        };
        if (d.ExternalId is null)
        {
            d.Errors.Add("the specification (specifiedBy) has no id");
        }
        var claimType = JsonLd.Types(claim).FirstOrDefault(_claims.ContainsKey);
        if (claimType is not null)
        {
            d.Type = _claims[claimType].ToString();
        }
        else
        {
            d.Errors.Add($"claim type '{string.Join(", ", JsonLd.Types(claim))}' has no registry credential type (known: {string.Join(", ", _claims.Keys)})");
        }
        ReadLevels(spec, d);
        ReadWorkload(spec, d);
        ReadMode(spec, d);
        foreach (var language in Many(Prop(spec, "language")))
        {
            d.AddLanguage(Codes.Language(Id(language), "language", d.Errors));
        }
        foreach (var outcome in Many(Prop(spec, "learningOutcome")))
        {
            if (Text(Prop(outcome, "title")) is { } title)
            {
                d.LearningOutcomes.Add(title);
            }
            foreach (var skill in Many(Prop(outcome, "relatedESCOSkill")).Concat(Many(Prop(outcome, "relatedSkill"))))
            {
                d.Align(Id(skill), nameof(AlignmentType.Teaches));
            }
        }
        ReadPrice(spec, d);
        var body = Prop(claim, "awardedBy") is { } awarding ? Many(Prop(awarding, "awardingBody")).FirstOrDefault() : default;
        d.Provider = ReadProvider(file, body.ValueKind == JsonValueKind.Object ? body : Prop(credential, "issuer"), at);
        file.AddCredential(d.ToRecord(), at, d.Errors);
    }

    private static void ReadLevels(JsonElement spec, CredentialDraft d)
    {
        if (Prop(spec, "eqfLevel") is { } eqf)
        {
            var id = Id(eqf);
            if (id is not null && id.StartsWith(EqfScheme, StringComparison.Ordinal) && int.TryParse(id[EqfScheme.Length..], out var level))
            {
                d.EqfLevel = level;
            }
            else
            {
                d.Errors.Add($"eqfLevel '{id}' is not an EQF level concept ({EqfScheme}1 … 8)");
            }
        }
        foreach (var credit in Many(Prop(spec, "creditPoint")))
        {
            var framework = Prop(credit, "framework");
            var label = framework is { } f ? Text(Prop(f, "prefLabel")) : null;
            if (label is not null && label.Contains("European Credit Transfer", StringComparison.OrdinalIgnoreCase))
            {
                d.EctsCredits ??= Number(Prop(credit, "point"), "creditPoint.point", d.Errors);
            }
        }
    }

    private static void ReadWorkload(JsonElement spec, CredentialDraft d)
    {
        if (Duration(Text(Prop(spec, "volumeOfLearning")), "volumeOfLearning", d.Errors) is { } volume)
        {
            d.Hours = (decimal)volume.TotalHours;
        }
        if (Duration(Text(Prop(spec, "maximumDuration")), "maximumDuration", d.Errors) is { } duration)
        {
            d.DurationDays = Days(duration);
        }
    }

    private static void ReadMode(JsonElement spec, CredentialDraft d)
    {
        var modes = new HashSet<DeliveryMode>();
        foreach (var mode in Many(Prop(spec, "mode")))
        {
            var label = Text(Prop(mode, "prefLabel"));
            if (label is not null && _modes.TryGetValue(label.Trim(), out var mapped))
            {
                modes.Add(mapped);
            }
            else
            {
                d.Errors.Add($"mode '{label ?? Id(mode)}' has no registry delivery mode (known: {string.Join(", ", _modes.Keys)})");
            }
        }
        d.DeliveryMode = modes.Count switch
        {
            0 => null,
            1 => modes.Single().ToString(),
            _ => nameof(DeliveryMode.Blended),
        };
    }

    /// <summary>ELM <c>priceDetail</c>: a price (<c>amount.numericValue</c>, currency <c>amount.unit</c>) for the learner.</summary>
    private static void ReadPrice(JsonElement spec, CredentialDraft d)
    {
        var price = Many(Prop(spec, "priceDetail")).FirstOrDefault();
        if (price.ValueKind != JsonValueKind.Object || Prop(price, "amount") is not { } amount)
        {
            return;
        }
        d.CostAmount = Number(Prop(amount, "numericValue"), "priceDetail.amount.numericValue", d.Errors);
        d.CostCurrency = Codes.Currency(Prop(amount, "unit") is { } unit ? Id(unit) : null, "priceDetail.amount.unit", d.Errors);
    }

    private static string? ReadProvider(ParsedFile file, JsonElement? organisation, RecordLocation at)
    {
        if (organisation is not { ValueKind: JsonValueKind.Object } o)
        {
            return organisation is { ValueKind: JsonValueKind.String } id ? id.GetString() : null;
        }
        var name = Text(Prop(o, "legalName")) ?? Text(Prop(o, "prefLabel"));
        file.Identify(name, [Id(o)]);
        var location = Many(Prop(o, "location")).FirstOrDefault();
        var address = location.ValueKind == JsonValueKind.Object ? Many(Prop(location, "address")).FirstOrDefault() : default;
        var countryCode = address.ValueKind == JsonValueKind.Object && Prop(address, "countryCode") is { } code ? Id(code) : null;
        var country = Codes.Country(countryCode);
        if (name is not null && country is not null)
        {
            var homepage = Many(Prop(o, "homepage")).Select(h => Text(Prop(h, "contentURL"))).FirstOrDefault(u => u is not null);
            var identifiers = new[] { Id(o) }.OfType<string>().Where(i => !i.StartsWith("urn:epass:", StringComparison.Ordinal)).ToList();
            file.AddProvider(new CatalogueProvider(name, country, null, homepage, identifiers, null, null), at);
        }
        return name ?? Id(o);
    }
}
