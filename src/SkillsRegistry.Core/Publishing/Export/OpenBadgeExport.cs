using System.Globalization;
using System.Text.Json.Nodes;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing.Export;

/// <summary>
/// Writes a credential as an Open Badges 3.0 <c>Achievement</c> (the template a badge is issued from), readable by the
/// <c>openbadges</c> importer. The credential needs its Provider and its Alignments with their Competency (and Framework).
/// </summary>
public static class OpenBadgeExport
{
    public static readonly IReadOnlyList<string> Context =
    [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ];

    private static readonly Dictionary<CredentialType, string> _types = new()
    {
        [CredentialType.MicroCredential] = "MicroCredential",
        [CredentialType.Certificate] = "Certificate",
        [CredentialType.Badge] = "Badge",
        [CredentialType.Certification] = "Certification",
        [CredentialType.Apprenticeship] = "ApprenticeshipCertificate",
        [CredentialType.Course] = "Course",
        [CredentialType.Degree] = "Degree",
        [CredentialType.Diploma] = "Diploma",
    };

    /// <summary>The achievement id the export uses: the stored Open Badges id, else a derived <c>urn:uuid:</c>.</summary>
    public static string IdOf(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential.OpenBadgeId ?? $"urn:uuid:{DerivedIds.Of(credential)}";
    }

    /// <exception cref="ArgumentException">The Provider, or the Competency of an alignment, is not loaded.</exception>
    public static JsonObject ToAchievement(Credential credential)
    {
        DerivedIds.RequireLoaded(credential);
        var c = credential;
        var node = new JsonObject
        {
            ["@context"] = new JsonArray([.. Context.Select(x => (JsonNode)x)]),
            ["id"] = IdOf(c),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = _types[c.Type],
            ["name"] = c.Title,
            ["description"] = c.Description ?? c.Title,
            ["criteria"] = Criteria(c),
        };
        if (c.ExternalId is not null)
        {
            node["humanCode"] = c.ExternalId;
        }
        if (c.Languages.Count > 0)
        {
            node["inLanguage"] = c.Languages[0];
        }
        var alignments = c.Alignments
            .GroupBy(a => a.Competency.Uri, StringComparer.Ordinal)
            .Select(g => Alignment(g.First()))
            .ToArray();
        if (alignments.Length > 0)
        {
            node["alignment"] = new JsonArray(alignments);
        }
        node["creator"] = Profile(c.Provider);
        return node;
    }

    private static JsonObject Criteria(Credential c)
    {
        var criteria = new JsonObject();
        if (c.Url is not null)
        {
            criteria["id"] = c.Url;
        }
        criteria["narrative"] = c.LearningOutcomes.Count > 0
            ? string.Join('\n', c.LearningOutcomes.Select(o => "- " + o))
            : string.Create(CultureInfo.InvariantCulture, $"Awarded by {c.Provider.Name}.");
        return criteria;
    }

    private static JsonNode Alignment(CredentialAlignment a)
    {
        var node = new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = a.Competency.PreferredLabel,
            ["targetUrl"] = a.Competency.Uri,
            ["targetType"] = "ceasn:Competency",
        };
        if (a.Competency.Framework is { } framework)
        {
            node["targetFramework"] = framework.Name;
        }
        return node;
    }

    private static JsonObject Profile(Provider provider)
    {
        var profile = new JsonObject
        {
            ["id"] = provider.Identifiers.FirstOrDefault(i => Uri.IsWellFormedUriString(i, UriKind.Absolute))
                ?? $"urn:skillsregistry:provider:{provider.Id.ToString(CultureInfo.InvariantCulture)}",
            ["type"] = new JsonArray("Profile"),
            ["name"] = provider.Name,
        };
        if (provider.Website is not null)
        {
            profile["url"] = provider.Website;
        }
        var address = new JsonObject { ["type"] = new JsonArray("Address"), ["addressCountryCode"] = provider.Country };
        if (provider.Region is not null)
        {
            address["addressRegion"] = provider.Region;
        }
        profile["address"] = address;
        return profile;
    }
}
