using System.Text.Json;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Import.Formats.JsonLd;

namespace SkillsRegistry.Core.Import.Formats.OpenBadges;

/// <summary>
/// Reads Open Badges 3.0: an <c>Achievement</c>, an <c>OpenBadgeCredential</c> (its <c>credentialSubject.achievement</c>),
/// or a JSON array of them. The achievement <c>id</c> is the external identifier; the achievement's <c>creator</c> (else the
/// credential's <c>issuer</c>) is the provider; <c>alignment[].targetUrl</c> (else a URI <c>targetCode</c>) is a competency.
/// </summary>
internal static class OpenBadgeParser
{
    internal static readonly IReadOnlyDictionary<string, CredentialType> AchievementTypes = new Dictionary<string, CredentialType>(StringComparer.Ordinal)
    {
        ["MicroCredential"] = CredentialType.MicroCredential,
        ["Badge"] = CredentialType.Badge,
        ["Certificate"] = CredentialType.Certificate,
        ["CertificateOfCompletion"] = CredentialType.Certificate,
        ["MasterCertificate"] = CredentialType.Certificate,
        ["Certification"] = CredentialType.Certification,
        ["ApprenticeshipCertificate"] = CredentialType.Apprenticeship,
        ["JourneymanCertificate"] = CredentialType.Apprenticeship,
        ["Course"] = CredentialType.Course,
        ["LearningProgram"] = CredentialType.Course,
        // Not in the Open Badges 3.0 vocabulary, but what MIT Learn's certificates use for parts of a programme and the programme.
        ["Module"] = CredentialType.Course,
        ["Program"] = CredentialType.Course,
        ["Degree"] = CredentialType.Degree,
        ["AssociateDegree"] = CredentialType.Degree,
        ["BachelorDegree"] = CredentialType.Degree,
        ["MasterDegree"] = CredentialType.Degree,
        ["DoctoralDegree"] = CredentialType.Degree,
        ["ProfessionalDoctorate"] = CredentialType.Degree,
        ["ResearchDoctorate"] = CredentialType.Degree,
        ["Diploma"] = CredentialType.Diploma,
        ["SecondarySchoolDiploma"] = CredentialType.Diploma,
        ["GeneralEducationDevelopment"] = CredentialType.Diploma,
    };

    private static readonly string[] _credentialTypes = ["OpenBadgeCredential", "AchievementCredential"];

    public static CatalogueSource Parse(string fileName, byte[] bytes)
    {
        using var document = JsonLd.Parse(fileName, bytes);
        var file = new ParsedFile(fileName);
        foreach (var (node, at) in JsonRecords.Of(fileName, document.RootElement, bytes, graphProperty: null))
        {
            var types = JsonLd.Types(node);
            if (types.Any(_credentialTypes.Contains))
            {
                var pointer = at.Label == "/" ? "/credentialSubject/achievement" : at.Label + "/credentialSubject/achievement";
                var achievement = Prop(node, "credentialSubject") is { } subject ? Prop(subject, "achievement") : null;
                Read(file, achievement, Prop(node, "issuer"), at with { Label = pointer });
            }
            else if (types.Contains("Achievement"))
            {
                Read(file, node, null, at);
            }
            else
            {
                var draft = new CredentialDraft { ExternalId = Text(Prop(node, "id")) };
                draft.Errors.Add($"type '{string.Join(", ", types)}' is neither an Achievement nor an OpenBadgeCredential");
                file.AddCredential(draft.ToRecord(), at, draft.Errors);
            }
        }
        return file.Build(updateExistingProviders: false);
    }

    private static void Read(ParsedFile file, JsonElement? achievement, JsonElement? issuer, RecordLocation at)
    {
        if (achievement is not { ValueKind: JsonValueKind.Object } a)
        {
            var missing = new CredentialDraft();
            missing.Errors.Add("the credential has no credentialSubject.achievement object");
            file.AddCredential(missing.ToRecord(), at, missing.Errors);
            return;
        }
        var d = new CredentialDraft
        {
            ExternalId = Text(Prop(a, "id")),
            Title = Text(Prop(a, "name")),
            Description = Text(Prop(a, "description")),
            Status = nameof(CredentialStatus.Published),
        };
        d.OpenBadgeId = d.ExternalId;
        if (d.ExternalId is null)
        {
            d.Errors.Add("achievement id is missing");
        }
        var achievementType = Text(Prop(a, "achievementType")) ?? nameof(CredentialType.Badge);
        if (AchievementTypes.TryGetValue(achievementType, out var type))
        {
            d.Type = type.ToString();
        }
        else
        {
            d.Errors.Add($"achievementType '{achievementType}' has no registry credential type (known: {string.Join(", ", AchievementTypes.Keys)})");
        }
        foreach (var language in Many(Prop(a, "inLanguage")))
        {
            d.AddLanguage(Codes.Language(Text(language), "inLanguage", d.Errors));
        }
        foreach (var alignment in Many(Prop(a, "alignment")))
        {
            var code = Text(Prop(alignment, "targetCode"));
            var uri = Text(Prop(alignment, "targetUrl")) ?? (Uri.IsWellFormedUriString(code, UriKind.Absolute) ? code : null);
            if (uri is null)
            {
                // Reported by the pipeline ("competencyUri is missing"); the credential is kept.
                d.Alignments.Add(new CatalogueAlignment(null, nameof(AlignmentType.Teaches), null, null));
                continue;
            }
            d.Align(uri, nameof(AlignmentType.Teaches));
        }
        d.Provider = ReadProvider(file, Prop(a, "creator") ?? issuer, at);
        file.AddCredential(d.ToRecord(), at, d.Errors);
    }

    /// <summary>The provider's name; a profile with an address country also becomes a provider the file can create.</summary>
    private static string? ReadProvider(ParsedFile file, JsonElement? profile, RecordLocation at)
    {
        if (profile is not { ValueKind: JsonValueKind.Object } p)
        {
            return profile is { ValueKind: JsonValueKind.String } id ? id.GetString() : null;
        }
        var name = Text(Prop(p, "name"));
        file.Identify(name, [Text(Prop(p, "id"))]);
        var address = Prop(p, "address");
        var country = address is { } value ? Codes.Country(Text(Prop(value, "addressCountryCode"))) : null;
        if (name is not null && country is not null)
        {
            var identifiers = new[] { Text(Prop(p, "id")) }.OfType<string>().ToList();
            file.AddProvider(new CatalogueProvider(name, country, address is { } r ? Text(Prop(r, "addressRegion")) : null,
                Text(Prop(p, "url")), identifiers, null, null), at);
        }
        return name ?? Text(Prop(p, "id"));
    }
}
