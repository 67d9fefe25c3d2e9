using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using SkillsRegistry.Core.Import.Formats.Ctdl;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Publishing.Export;

/// <summary>
/// Writes a credential as a Credential Engine CTDL JSON-LD document: an <c>@graph</c> with the credential and the
/// organization that owns it, readable by the <c>ctdl</c> importer. The credential needs its Provider and its Alignments with
/// their Competency (and Framework, when loaded); its PartOf edges with their Whole are written when loaded.
/// </summary>
public static class CtdlExport
{
    public const string Context = "https://credreg.net/ctdl/schema/context/json";

    private static readonly Dictionary<CredentialType, string> _types = new()
    {
        [CredentialType.MicroCredential] = "ceterms:MicroCredential",
        [CredentialType.Certificate] = "ceterms:Certificate",
        [CredentialType.Badge] = "ceterms:DigitalBadge",
        [CredentialType.Certification] = "ceterms:Certification",
        [CredentialType.Apprenticeship] = "ceterms:ApprenticeshipCertificate",
        [CredentialType.Course] = "ceterms:Course",
        [CredentialType.Degree] = "ceterms:Degree",
        [CredentialType.Diploma] = "ceterms:Diploma",
    };

    private static readonly Dictionary<CredentialStatus, string> _statuses = new()
    {
        [CredentialStatus.Published] = "lifeCycle:Active",
        [CredentialStatus.Draft] = "lifeCycle:Developing",
        [CredentialStatus.Retired] = "lifeCycle:Ceased",
    };

    private static readonly Dictionary<DeliveryMode, string> _delivery = new()
    {
        [DeliveryMode.Online] = "deliveryType:OnlineOnly",
        [DeliveryMode.InPerson] = "deliveryType:InPerson",
        [DeliveryMode.Blended] = "deliveryType:BlendedDelivery",
    };

    /// <summary>The CTID the export uses: the stored one, else one derived from the provider and external id.</summary>
    public static string CtidOf(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return credential.Ctid ?? $"ce-{DerivedIds.Of(credential)}";
    }

    /// <summary>A JSON-LD document: <c>{"@context", "@graph": [credential, organization]}</c>.</summary>
    /// <exception cref="ArgumentException">The Provider, or the Competency of an alignment, is not loaded.</exception>
    public static JsonObject ToJsonLd(Credential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return ToGraph([credential]);
    }

    /// <summary>One JSON-LD document for many credentials, each organization once.</summary>
    public static JsonObject ToGraph(IEnumerable<Credential> credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var graph = new JsonArray();
        var organizations = new Dictionary<int, JsonObject>();
        foreach (var credential in credentials)
        {
            DerivedIds.RequireLoaded(credential);
            graph.Add(Credential(credential));
            if (!organizations.ContainsKey(credential.Provider.Id))
            {
                organizations[credential.Provider.Id] = Organization(credential.Provider);
            }
        }
        foreach (var organization in organizations.Values)
        {
            graph.Add(organization);
        }
        return new JsonObject { ["@context"] = Context, ["@graph"] = graph };
    }

    private static JsonObject Credential(Credential c)
    {
        var ctid = CtidOf(c);
        var language = c.Languages.FirstOrDefault() ?? "en";
        var node = new JsonObject
        {
            ["@id"] = CtdlParser.ResourceBase + ctid,
            ["@type"] = _types[c.Type],
            ["ceterms:ctid"] = ctid,
            ["ceterms:name"] = Text(language, c.Title),
        };
        Optional(node, "ceterms:description", c.Description is null ? null : Text(language, c.Description));
        Optional(node, "ceterms:subjectWebpage", c.Url);
        node["ceterms:ownedBy"] = new JsonArray(OrganizationId(c.Provider));
        node["ceterms:lifeCycleStatusType"] = Concept("https://credreg.net/ctdl/terms/LifeCycleStatus", _statuses[c.Status]);
        if (c.Languages.Count > 0)
        {
            node["ceterms:inLanguage"] = new JsonArray([.. c.Languages.Select(l => (JsonNode)l)]);
        }
        if (c.DeliveryMode is { } mode)
        {
            node["ceterms:deliveryType"] = new JsonArray(Concept("https://credreg.net/ctdl/terms/Delivery", _delivery[mode]));
        }
        Optional(node, "ceterms:dateEffective", c.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(node, "ceterms:expirationDate", c.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (c.CostAmount is { } amount)
        {
            node["ceterms:estimatedCost"] = new JsonArray(new JsonObject
            {
                ["@type"] = "ceterms:CostProfile",
                ["ceterms:price"] = amount,
                ["ceterms:currency"] = c.CostCurrency,
                ["ceterms:directCostType"] = Concept("https://credreg.net/ctdl/terms/CostType", "costType:AggregateCost"),
            });
        }
        Duration(node, c);
        if (c.EctsCredits is { } ects)
        {
            node["ceterms:creditValue"] = new JsonArray(new JsonObject
            {
                ["@type"] = "ceterms:ValueProfile",
                ["ceterms:value"] = ects,
                ["ceterms:creditUnitType"] = new JsonArray(Concept("https://credreg.net/ctdl/terms/CreditUnit", "creditUnit:ECTS",
                    "European Credit Transfer and Accumulation System")),
            });
        }
        if (c.Regions.Count > 0)
        {
            node["ceterms:availableAt"] = new JsonArray([.. c.Regions.Select(Place)]);
        }
        Alignments(node, c);
        var wholes = c.PartOf.Select(p => (JsonNode)(CtdlParser.ResourceBase + CtidOf(p.Whole))).ToArray();
        if (wholes.Length > 0)
        {
            node["ceterms:isPartOf"] = new JsonArray(wholes);
        }
        return node;
    }

    private static void Duration(JsonObject node, Credential c)
    {
        if (c.DurationDays is null && c.Hours is null)
        {
            return;
        }
        var profile = new JsonObject { ["@type"] = "ceterms:DurationProfile" };
        Optional(profile, "ceterms:exactDuration", c.DurationDays is { } days ? $"P{days}D" : null);
        // XML Schema durations allow a fraction only on seconds: 7.5 hours is written PT7H30M.
        Optional(profile, "ceterms:timeRequired", c.Hours is { } hours ? XmlConvert.ToString(TimeSpan.FromHours((double)hours)) : null);
        node["ceterms:estimatedDuration"] = new JsonArray(profile);
    }

    /// <summary>Teaches → <c>ceterms:teaches</c>, assesses → <c>ceterms:assesses</c>, requires → an entry condition's <c>targetCompetency</c>.</summary>
    private static void Alignments(JsonObject node, Credential c)
    {
        var byType = c.Alignments.GroupBy(a => a.Type).ToDictionary(g => g.Key, g => g.ToList());
        if (byType.TryGetValue(AlignmentType.Teaches, out var teaches))
        {
            node["ceterms:teaches"] = new JsonArray([.. teaches.Select(Alignment)]);
        }
        if (byType.TryGetValue(AlignmentType.Assesses, out var assesses))
        {
            node["ceterms:assesses"] = new JsonArray([.. assesses.Select(Alignment)]);
        }
        if (byType.TryGetValue(AlignmentType.Requires, out var requires))
        {
            node["ceterms:entryCondition"] = new JsonArray(new JsonObject
            {
                ["@type"] = "ceterms:ConditionProfile",
                ["ceterms:targetCompetency"] = new JsonArray([.. requires.Select(Alignment)]),
            });
        }
    }

    private static JsonNode Alignment(CredentialAlignment a)
    {
        var node = new JsonObject
        {
            ["@type"] = "ceterms:CredentialAlignmentObject",
            ["ceterms:targetNode"] = a.Competency.Uri,
            ["ceterms:targetNodeName"] = Text("en", a.Competency.PreferredLabel),
        };
        if (a.Competency.Framework is { } framework)
        {
            node["ceterms:frameworkName"] = Text("en", framework.Name);
        }
        node["ceterms:weight"] = a.Weight;
        return node;
    }

    private static JsonNode Place(string region)
    {
        var place = new JsonObject { ["@type"] = "ceterms:Place", ["ceterms:addressCountry"] = region[..2] };
        Optional(place, "ceterms:addressRegion", region.Length > 2 ? region : null);
        return place;
    }

    private static JsonObject Organization(Provider provider)
    {
        var node = new JsonObject
        {
            ["@id"] = OrganizationId(provider),
            ["@type"] = "ceterms:CredentialOrganization",
            ["ceterms:name"] = Text("en", provider.Name),
        };
        Optional(node, "ceterms:subjectWebpage", provider.Website);
        var address = new JsonObject { ["@type"] = "ceterms:Place", ["ceterms:addressCountry"] = provider.Country };
        Optional(address, "ceterms:addressRegion", provider.Region);
        node["ceterms:address"] = new JsonArray(address);
        if (provider.Identifiers.Count > 0)
        {
            node["ceterms:identifier"] = new JsonArray([.. provider.Identifiers.Select(i => (JsonNode)new JsonObject
            {
                ["@type"] = "ceterms:IdentifierValue",
                ["ceterms:identifierValueCode"] = i,
            })]);
        }
        return node;
    }

    /// <summary>The organization's first URI identifier, else a blank node local to the document.</summary>
    private static string OrganizationId(Provider provider) =>
        provider.Identifiers.FirstOrDefault(i => Uri.IsWellFormedUriString(i, UriKind.Absolute) && i.Contains("://", StringComparison.Ordinal))
        ?? $"_:provider-{provider.Id.ToString(CultureInfo.InvariantCulture)}";

    private static JsonObject Concept(string framework, string term, string? name = null)
    {
        var node = new JsonObject
        {
            ["@type"] = "ceterms:CredentialAlignmentObject",
            ["ceterms:framework"] = framework,
            ["ceterms:targetNode"] = term,
        };
        Optional(node, "ceterms:targetNodeName", name is null ? null : Text("en", name));
        return node;
    }

    private static JsonObject Text(string language, string value) => new() { [language] = value };

    private static void Optional(JsonObject node, string name, JsonNode? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }
}
