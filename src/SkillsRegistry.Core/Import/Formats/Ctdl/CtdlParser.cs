using System.Text.Json;
using System.Text.RegularExpressions;
using SkillsRegistry.Core.Import.Catalogue;
using SkillsRegistry.Core.Model;
using static SkillsRegistry.Core.Import.Formats.JsonLd;

namespace SkillsRegistry.Core.Import.Formats.Ctdl;

/// <summary>
/// Reads Credential Engine CTDL JSON-LD (a single resource or an <c>@graph</c>): credentials and learning opportunities
/// become registry credentials keyed by CTID, organizations they are owned or offered by become providers, and
/// <c>ceterms:teaches</c> / <c>assesses</c> / condition-profile <c>targetCompetency</c> become alignments.
/// </summary>
internal static partial class CtdlParser
{
    public const string ResourceBase = "https://credentialengine.org/resources/";

    internal static readonly IReadOnlyDictionary<string, CredentialType> Types = new Dictionary<string, CredentialType>(StringComparer.Ordinal)
    {
        ["ceterms:MicroCredential"] = CredentialType.MicroCredential,
        ["ceterms:Certificate"] = CredentialType.Certificate,
        ["ceterms:CertificateOfCompletion"] = CredentialType.Certificate,
        ["ceterms:ProficiencyCertificate"] = CredentialType.Certificate,
        ["ceterms:MasterCertificate"] = CredentialType.Certificate,
        ["ceterms:Badge"] = CredentialType.Badge,
        ["ceterms:DigitalBadge"] = CredentialType.Badge,
        ["ceterms:OpenBadge"] = CredentialType.Badge,
        ["ceterms:Certification"] = CredentialType.Certification,
        ["ceterms:ApprenticeshipCertificate"] = CredentialType.Apprenticeship,
        ["ceterms:JourneymanCertificate"] = CredentialType.Apprenticeship,
        ["ceterms:Degree"] = CredentialType.Degree,
        ["ceterms:AssociateDegree"] = CredentialType.Degree,
        ["ceterms:BachelorDegree"] = CredentialType.Degree,
        ["ceterms:MasterDegree"] = CredentialType.Degree,
        ["ceterms:DoctoralDegree"] = CredentialType.Degree,
        ["ceterms:ProfessionalDoctorate"] = CredentialType.Degree,
        ["ceterms:ResearchDoctorate"] = CredentialType.Degree,
        ["ceterms:Diploma"] = CredentialType.Diploma,
        ["ceterms:SecondarySchoolDiploma"] = CredentialType.Diploma,
        ["ceterms:GeneralEducationDevelopment"] = CredentialType.Diploma,
        ["ceterms:Course"] = CredentialType.Course,
        ["ceterms:LearningProgram"] = CredentialType.Course,
        ["ceterms:LearningOpportunityProfile"] = CredentialType.Course,
    };

    private static readonly HashSet<string> _organizations = new(StringComparer.Ordinal)
    {
        "ceterms:CredentialOrganization", "ceterms:Organization", "ceterms:QACredentialOrganization",
    };

    // credentialStat: (credentials, older records) and lifeCycle: (every resource since 2023).
    private static readonly Dictionary<string, CredentialStatus> _statuses = new(StringComparer.Ordinal)
    {
        ["Active"] = CredentialStatus.Published,
        ["Probationary"] = CredentialStatus.Published,
        ["Developing"] = CredentialStatus.Draft,
        ["Deprecated"] = CredentialStatus.Retired,
        ["Suspended"] = CredentialStatus.Retired,
        ["Ceased"] = CredentialStatus.Retired,
    };

    private static readonly Dictionary<string, DeliveryMode> _delivery = new(StringComparer.Ordinal)
    {
        ["deliveryType:OnlineOnly"] = DeliveryMode.Online,
        ["deliveryType:OnlineDelivery"] = DeliveryMode.Online,
        ["deliveryType:InPerson"] = DeliveryMode.InPerson,
        ["deliveryType:BlendedDelivery"] = DeliveryMode.Blended,
    };

    public static CatalogueSource Parse(string fileName, byte[] bytes)
    {
        using var document = JsonLd.Parse(fileName, bytes);
        var nodes = JsonRecords.Of(fileName, document.RootElement, bytes, "@graph");
        var graph = new Graph(nodes);
        var file = new ParsedFile(fileName);
        foreach (var (node, at) in nodes)
        {
            var types = JsonLd.Types(node);
            if (types.Any(_organizations.Contains))
            {
                continue; // read when a credential names it as owner or offerer
            }
            var mapped = types.FirstOrDefault(Types.ContainsKey);
            var ctid = Text(Prop(node, "ceterms:ctid"));
            if (mapped is not null)
            {
                Read(file, graph, node, at, Types[mapped]);
            }
            else if (ctid is not null && types.Count > 0 && !types.Any(t => t.StartsWith("ceasn:", StringComparison.Ordinal)))
            {
                var draft = new CredentialDraft { ExternalId = ctid, Ctid = ctid, Title = Text(Prop(node, "ceterms:name")) };
                draft.Errors.Add($"@type '{string.Join(", ", types)}' has no registry credential type (known: {string.Join(", ", Types.Keys)})");
                file.AddCredential(draft.ToRecord(), at, draft.Errors);
            }
            else
            {
                file.Skip($"CTDL {(types.Count > 0 ? string.Join(", ", types) : "untyped")} node (not a credential)");
            }
        }
        return file.Build(updateExistingProviders: false);
    }

    private static void Read(ParsedFile file, Graph graph, JsonElement node, RecordLocation at, CredentialType type)
    {
        var d = new CredentialDraft
        {
            Ctid = Text(Prop(node, "ceterms:ctid")),
            Title = Text(Prop(node, "ceterms:name")),
            Description = Text(Prop(node, "ceterms:description")),
            Type = type.ToString(),
            Url = Text(Prop(node, "ceterms:subjectWebpage")),
            ValidFrom = Day(Text(Prop(node, "ceterms:dateEffective"))),
            ValidUntil = Day(Text(Prop(node, "ceterms:expirationDate"))),
        };
        d.ExternalId = d.Ctid;
        if (d.Ctid is null)
        {
            d.Errors.Add("ceterms:ctid is missing");
        }
        d.Status = Status(node, d.Errors)?.ToString();
        d.DeliveryMode = Delivery(node, d.Errors)?.ToString();
        foreach (var language in Many(Prop(node, "ceterms:inLanguage")))
        {
            d.AddLanguage(Codes.Language(Text(language), "ceterms:inLanguage", d.Errors));
        }
        ReadCost(node, d);
        ReadDuration(node, d);
        ReadCredits(node, d);
        ReadRegions(node, d);
        ReadAlignments(node, d);
        d.PartOf.AddRange(Many(Prop(node, "ceterms:isPartOf")).Select(Id).OfType<string>().Select(graph.Ctid).OfType<string>());
        if (d.Ctid is not null)
        {
            d.PartOf.AddRange(graph.WholesOf(d.Ctid, Id(node)));
        }
        d.Provider = ReadProvider(file, graph, node, at);
        file.AddCredential(d.ToRecord(), at, d.Errors);
    }

    private static CredentialStatus? Status(JsonElement node, List<string> errors)
    {
        var value = Many(Prop(node, "ceterms:lifeCycleStatusType", "ceterms:credentialStatusType")).Select(v => Concept(v)).FirstOrDefault(c => c is not null);
        if (value is null)
        {
            return CredentialStatus.Published;
        }
        if (_statuses.TryGetValue(value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..], out var status))
        {
            return status;
        }
        errors.Add($"status '{value}' has no registry status (known: {string.Join(", ", _statuses.Keys)})");
        return null;
    }

    private static DeliveryMode? Delivery(JsonElement node, List<string> errors)
    {
        var modes = new HashSet<DeliveryMode>();
        foreach (var concept in Many(Prop(node, "ceterms:deliveryType")).Select(v => Concept(v)).OfType<string>())
        {
            if (_delivery.TryGetValue(concept, out var mode))
            {
                modes.Add(mode);
            }
            else
            {
                errors.Add($"ceterms:deliveryType '{concept}' has no registry delivery mode (known: {string.Join(", ", _delivery.Keys)})");
            }
        }
        return modes.Count switch
        {
            0 => null,
            1 => modes.Single(),
            _ => DeliveryMode.Blended,
        };
    }

    /// <summary>An aggregate cost when given, else the sum of the cost profiles (which must share a currency).</summary>
    private static void ReadCost(JsonElement node, CredentialDraft d)
    {
        var profiles = Many(Prop(node, "ceterms:estimatedCost")).Where(p => Prop(p, "ceterms:price") is not null).ToList();
        if (profiles.Count == 0)
        {
            return;
        }
        var aggregate = profiles.Where(p => Concept(Prop(p, "ceterms:directCostType")) == "costType:AggregateCost").ToList();
        var counted = aggregate.Count > 0 ? aggregate.Take(1).ToList() : profiles;
        var currencies = counted.Select(p => Codes.Currency(Text(Prop(p, "ceterms:currency")), "ceterms:currency", d.Errors)).Distinct().ToList();
        if (currencies.Count > 1)
        {
            d.Errors.Add($"ceterms:estimatedCost mixes currencies ({string.Join(", ", currencies)})");
            return;
        }
        d.CostCurrency = currencies[0];
        try
        {
            d.CostAmount = counted.Sum(p => Number(Prop(p, "ceterms:price"), "ceterms:price", d.Errors) ?? 0);
        }
        catch (OverflowException)
        {
            d.Errors.Add("ceterms:estimatedCost adds up to more than the registry can store");
        }
    }

    private static void ReadDuration(JsonElement node, CredentialDraft d)
    {
        foreach (var profile in Many(Prop(node, "ceterms:estimatedDuration")))
        {
            if (Duration(Text(Prop(profile, "ceterms:exactDuration", "ceterms:maximumDuration")), "ceterms:exactDuration", d.Errors) is { } span)
            {
                d.DurationDays ??= Days(span);
            }
            if (Duration(Text(Prop(profile, "ceterms:timeRequired")), "ceterms:timeRequired", d.Errors) is { } time)
            {
                d.Hours ??= (decimal)time.TotalHours;
            }
        }
    }

    /// <summary>ECTS credits from a credit value profile; other credit units are not the registry's and are left out.</summary>
    private static void ReadCredits(JsonElement node, CredentialDraft d)
    {
        foreach (var value in Many(Prop(node, "ceterms:creditValue")))
        {
            var units = Many(Prop(value, "ceterms:creditUnitType")).ToList();
            if (units.Exists(IsEcts))
            {
                d.EctsCredits ??= Number(Prop(value, "ceterms:value", "schema:value"), "ceterms:creditValue", d.Errors);
            }
        }
    }

    private static bool IsEcts(JsonElement unit) =>
        (Concept(unit) ?? string.Empty).EndsWith("ECTS", StringComparison.Ordinal)
        || (Text(Prop(unit, "ceterms:targetNodeName")) ?? string.Empty).Contains("European Credit", StringComparison.OrdinalIgnoreCase);

    private static void ReadRegions(JsonElement node, CredentialDraft d)
    {
        foreach (var place in Many(Prop(node, "ceterms:availableAt")))
        {
            var region = Text(Prop(place, "ceterms:addressRegion"));
            var countryText = Text(Prop(place, "ceterms:addressCountry"));
            if (region is not null && Subdivision().IsMatch(region))
            {
                d.Regions.Add(region);
            }
            else if (Codes.Country(countryText) is { } country)
            {
                d.Regions.Add(country);
            }
            else if (countryText is not null)
            {
                d.Errors.Add($"ceterms:availableAt country '{countryText}' is not an ISO 3166-1 code");
            }
        }
    }

    private static void ReadAlignments(JsonElement node, CredentialDraft d)
    {
        Align(d, Prop(node, "ceterms:teaches"), nameof(AlignmentType.Teaches));
        Align(d, Prop(node, "ceterms:assesses"), nameof(AlignmentType.Assesses));
        foreach (var condition in Many(Prop(node, "ceterms:requires")))
        {
            Align(d, Prop(condition, "ceterms:targetCompetency"), nameof(AlignmentType.Assesses));
        }
        foreach (var condition in Many(Prop(node, "ceterms:entryCondition", "ceterms:recommends")))
        {
            Align(d, Prop(condition, "ceterms:targetCompetency"), nameof(AlignmentType.Requires));
        }
    }

    /// <summary>Each value is a competency URI, a reference object, or a credential alignment object (<c>targetNode</c>, <c>weight</c>).</summary>
    private static void Align(CredentialDraft d, JsonElement? values, string type)
    {
        foreach (var value in Many(values))
        {
            var uri = Text(Prop(value, "ceterms:targetNode")) ?? Id(value);
            var weight = Prop(value, "ceterms:weight") is { ValueKind: JsonValueKind.Number } w ? w.GetDouble() : (double?)null;
            d.Align(uri, type, weight);
        }
    }

    private static string? ReadProvider(ParsedFile file, Graph graph, JsonElement node, RecordLocation at)
    {
        var reference = Many(Prop(node, "ceterms:ownedBy")).Concat(Many(Prop(node, "ceterms:offeredBy"))).FirstOrDefault();
        if (reference.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }
        var id = Id(reference);
        var (organization, location) = id is not null && graph.Node(id) is { } found ? found : (reference, at);
        var name = Text(Prop(organization, "ceterms:name"));
        if (name is null)
        {
            return id; // an organization outside the file: only its URI is known
        }
        file.Identify(name, [Text(Prop(organization, "ceterms:ctid")), id]);
        var address = Many(Prop(organization, "ceterms:address")).FirstOrDefault();
        var region = address.ValueKind == JsonValueKind.Object ? Text(Prop(address, "ceterms:addressRegion")) : null;
        var country = address.ValueKind == JsonValueKind.Object ? Codes.Country(Text(Prop(address, "ceterms:addressCountry"))) : null;
        if (country is not null)
        {
            var identifiers = new[] { Text(Prop(organization, "ceterms:ctid")), id }
                .Concat(Many(Prop(organization, "ceterms:identifier")).Select(i => Text(Prop(i, "ceterms:identifierValueCode"))))
                .OfType<string>().Where(i => !i.StartsWith("_:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            file.AddProvider(new CatalogueProvider(name, country, region is not null && Subdivision().IsMatch(region) ? region : null,
                Text(Prop(organization, "ceterms:subjectWebpage")), identifiers, null, null), location);
        }
        return name;
    }

    /// <summary>The concept a property points at: a plain term or a credential alignment object's <c>targetNode</c>.</summary>
    private static string? Concept(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o => Text(Prop(o, "ceterms:targetNode")),
        _ => null,
    };

    [GeneratedRegex(@"^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex Subdivision();

    [GeneratedRegex(@"ce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex CtidPattern();

    /// <summary>The nodes of the file by <c>@id</c>, their CTIDs, and the <c>hasPart</c> edges between them.</summary>
    private sealed class Graph
    {
        private readonly Dictionary<string, (JsonElement, RecordLocation)> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _ctidById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _wholesByPart = new(StringComparer.Ordinal);

        public Graph(List<(JsonElement Node, RecordLocation At)> nodes)
        {
            foreach (var (node, at) in nodes)
            {
                if (Id(node) is { } id)
                {
                    _byId.TryAdd(id, (node, at));
                    if (Text(Prop(node, "ceterms:ctid")) is { } ctid)
                    {
                        _ctidById.TryAdd(id, ctid);
                    }
                }
            }
            foreach (var (node, _) in nodes)
            {
                if (Text(Prop(node, "ceterms:ctid")) is not { } whole)
                {
                    continue;
                }
                foreach (var part in Many(Prop(node, "ceterms:hasPart")).Select(Id).OfType<string>().Select(Ctid).OfType<string>())
                {
                    if (!_wholesByPart.TryGetValue(part, out var wholes))
                    {
                        _wholesByPart[part] = wholes = [];
                    }
                    wholes.Add(whole);
                }
            }
        }

        public (JsonElement, RecordLocation)? Node(string id) => _byId.TryGetValue(id, out var found) ? found : null;

        /// <summary>The CTID of a reference: the referenced node's, or the one its URI ends with.</summary>
        public string? Ctid(string reference) =>
            _ctidById.TryGetValue(reference, out var ctid) ? ctid : CtidPattern().Match(reference) is { Success: true } m ? m.Value : null;

        public IEnumerable<string> WholesOf(string ctid, string? id) =>
            (_wholesByPart.GetValueOrDefault(ctid) ?? []).Concat(id is not null && Ctid(id) is { } viaId && viaId != ctid
                ? _wholesByPart.GetValueOrDefault(viaId) ?? []
                : []);
    }
}
