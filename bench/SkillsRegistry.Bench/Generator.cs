using System.Globalization;
using System.Text.Json;

namespace SkillsRegistry.Bench;

/// <summary>
/// Deterministic synthetic catalogue over the full ESCO taxonomy: occupation-shaped competency sets, Zipf provider
/// sizes, Annex I fields. Written as the catalogue JSON (seed-data/demo-catalogue/README.md), streamed.
/// </summary>
internal sealed class Generator
{
    private static readonly string[] _syllables = ["nor", "bri", "dge", "ve", "lan", "tor", "mar", "kel", "sun", "da", "ris", "hol", "men", "ga", "rio", "ter", "van", "sel", "bo", "quin"];
    private static readonly string[] _kinds = ["Institute of Technology", "Academy", "University of Applied Sciences", "Learning Centre", "Business School", "College", "Training Institute", "Open University"];

    private static readonly Country[] _countries =
    [
        new("DE", "EUR", ["de", "en"], ["DE-BY", "DE-BE", "DE-NW", "DE-HH", "DE-BW"], 16, "DQR"),
        new("FR", "EUR", ["fr", "en"], ["FR-IDF", "FR-ARA", "FR-OCC", "FR-NAQ"], 12, "RNCP"),
        new("NL", "EUR", ["nl", "en"], ["NL-NH", "NL-ZH", "NL-UT"], 7, "NLQF"),
        new("IE", "EUR", ["en", "ga"], ["IE-D", "IE-CO", "IE-G"], 4, "NFQ"),
        new("ES", "EUR", ["es", "en", "ca"], ["ES-MD", "ES-CT", "ES-AN", "ES-VC"], 9, "MECU"),
        new("IT", "EUR", ["it", "en"], ["IT-25", "IT-62", "IT-21"], 9, "QNQ"),
        new("PL", "PLN", ["pl", "en"], ["PL-14", "PL-12", "PL-30"], 7, "PRK"),
        new("FI", "EUR", ["fi", "sv", "en"], ["FI-18", "FI-19"], 3, "NQF"),
        new("SE", "SEK", ["sv", "en"], ["SE-AB", "SE-O", "SE-M"], 4, "SeQF"),
        new("AT", "EUR", ["de", "en"], ["AT-9", "AT-6"], 3, "NQR"),
        new("BE", "EUR", ["nl", "fr", "en"], ["BE-BRU", "BE-VLG", "BE-WAL"], 4, "VKS"),
        new("PT", "EUR", ["pt", "en"], ["PT-11", "PT-13"], 3, "QNQ"),
        new("CZ", "CZK", ["cs", "en"], ["CZ-10", "CZ-64"], 3, "NSK"),
        new("DK", "DKK", ["da", "en"], ["DK-84", "DK-82"], 2, "NQF"),
        new("US", "USD", ["en", "es"], ["US-CA", "US-NY", "US-TX", "US-WA", "US-MA", "US-IL"], 14, null),
    ];

    private static readonly (string Type, int Weight)[] _types =
        [("MicroCredential", 55), ("Course", 12), ("Certificate", 10), ("Badge", 8), ("Certification", 7), ("Degree", 3), ("Apprenticeship", 3), ("Diploma", 2)];


    private readonly Taxonomy _taxonomy;
    private readonly int _count;
    private readonly Random _random;
    private readonly List<Provider> _providers = [];
    private readonly double[] _providerCumulative;

    public Generator(Taxonomy taxonomy, int count, int seed)
    {
        _taxonomy = taxonomy;
        _count = count;
        _random = new Random(seed);
        var providerCount = Math.Max(10, count / 100);
        var countryTotal = _countries.Sum(c => c.Weight);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < providerCount; i++)
        {
            var pick = _random.Next(countryTotal);
            var country = _countries.First(c => (pick -= c.Weight) < 0);
            string name;
            do
            {
                var stem = string.Concat(Enumerable.Range(0, 2 + _random.Next(2)).Select(_ => _syllables[_random.Next(_syllables.Length)]));
                name = $"{char.ToUpperInvariant(stem[0])}{stem[1..]} {_kinds[_random.Next(_kinds.Length)]}";
            }
            while (!names.Add(name));
            var slug = $"p{i:D6}";
            _providers.Add(new Provider(name, slug, country, country.Regions[_random.Next(country.Regions.Length)]));
        }
        // Zipf (s = 1.07) over providers in a shuffled order, so big providers are not all in one country.
        var weights = Enumerable.Range(1, providerCount).Select(r => 1 / Math.Pow(r, 1.07)).ToArray();
        _providerCumulative = new double[providerCount];
        var sum = 0.0;
        for (var i = 0; i < providerCount; i++)
            _providerCumulative[i] = sum += weights[i];
        for (var i = 0; i < providerCount; i++)
            _providerCumulative[i] /= sum;
    }

    /// <summary>Writes credentials [0, count) into files of at most <paramref name="perFile"/> credentials; every file lists all providers.</summary>
    public List<string> Write(string outPath, int perFile)
    {
        var files = new List<string>();
        perFile = Math.Clamp(perFile, 1, Math.Max(1, _count));
        var fileCount = (_count + perFile - 1) / perFile;
        for (var f = 0; f < fileCount; f++)
        {
            var path = fileCount == 1 ? outPath : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!,
                $"{Path.GetFileNameWithoutExtension(outPath)}-{f:D3}{Path.GetExtension(outPath)}");
            WriteFile(path, f * perFile, Math.Min(_count, (f + 1) * perFile));
            files.Add(path);
        }
        return files;
    }

    private void WriteFile(string path, int from, int to)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        json.WriteString("about", "Synthetic benchmark data generated by bench/SkillsRegistry.Bench from ESCO v1.1.1; fictional providers and offers.");
        json.WriteStartArray("attribution");
        json.WriteStringValue("This service uses the ESCO classification of the European Commission.");
        json.WriteEndArray();
        json.WriteStartArray("providers");
        foreach (var p in _providers)
        {
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            json.WriteString("country", p.Country.Code);
            json.WriteString("region", p.Region);
            json.WriteString("website", $"https://{p.Slug}.example.edu/");
            json.WriteStartArray("identifiers");
            json.WriteStringValue($"urn:example:provider:{p.Slug}");
            json.WriteEndArray();
            json.WriteString("qualityAssurance", p.Country.Code == "US" ? "Regional accreditation (fictional)." : "Internal quality assurance aligned with ESG 2015 Part 1 (fictional).");
            json.WriteNull("accreditation");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("credentials");
        for (var i = from; i < to; i++)
        {
            WriteCredential(json, i);
            if (json.BytesPending > 1 << 16)
                json.Flush();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteCredential(Utf8JsonWriter json, int index)
    {
        var r = _random;
        var provider = _providers[ProviderIndex(r.NextDouble())];
        var country = provider.Country;
        var occupation = _taxonomy.Occupations[r.Next(_taxonomy.Occupations.Count)];
        var skillCount = Math.Min(3 + r.Next(10), occupation.Essential.Count + occupation.Optional.Count);
        var picked = Shuffle(occupation.Essential).Concat(Shuffle(occupation.Optional)).Take(skillCount).Select(u => _taxonomy.Skills[u]).ToList();
        var anchor = picked[0];
        var type = PickType(r.Next(100));
        var (eqfMin, eqfMax) = type switch
        {
            "Degree" => (6, 7),
            "Apprenticeship" => (3, 4),
            "Diploma" => (5, 6),
            "Badge" => (3, 5),
            _ => (3, 7),
        };
        var eqf = r.Next(eqfMin, eqfMax + 1);
        var isUs = country.Code == "US";
        decimal? ects = type switch
        {
            "Degree" => isUs ? null : (eqf == 7 ? 90 : 180),
            "Badge" => null,
            "Certificate" or "Diploma" => isUs ? null : 15 + r.Next(4) * 5,
            "Apprenticeship" => null,
            _ => isUs ? null : 1 + r.Next(15),
        };
        decimal hours = ects is { } e ? e * (25 + r.Next(6)) : type switch
        {
            "Degree" => 2400 + r.Next(1200),
            "Apprenticeship" => 1200 + r.Next(2400),
            "Badge" => 4 + r.Next(36),
            _ => 10 + r.Next(190),
        };
        var free = r.Next(100) < 8;
        var baseCost = free ? 0m : Math.Round((decimal)(20 + (Math.Pow(r.NextDouble(), 2) * 2980)) * ((int)hours / 100m + 0.5m) / 2, 0);
        var cost = country.Currency switch
        {
            "PLN" => baseCost * 4,
            "SEK" or "DKK" => baseCost * 10,
            "CZK" => baseCost * 25,
            "USD" => baseCost * 1.1m,
            _ => baseCost,
        };
        var status = r.Next(100) switch { < 88 => "Published", < 93 => "Draft", _ => "Retired" };
        var delivery = r.Next(100) switch { < 45 => "Online", < 75 => "Blended", _ => "InPerson" };
        var assessment = (r.Next(6)) switch { 0 => "Exam", 1 => "Project", 2 => "Portfolio", 3 => "Practical", 4 => "Mixed", _ => "Exam" };
        var languages = r.Next(100) < 60 ? new[] { country.Languages[0] } : country.Languages.Take(2).ToArray();
        var regions = r.Next(100) < 50 ? new[] { provider.Region, country.Code } : new[] { country.Code };
        var validFrom = new DateOnly(2023, 1, 1).AddDays(r.Next(1000));
        var occupationLabel = occupation.Label;
        var topic = Capitalize(anchor.Label);
        var title = type switch
        {
            "MicroCredential" => $"{topic} {(r.Next(2) == 0 ? "Fundamentals" : "in Practice")} (Micro-credential)",
            "Course" => $"{topic}: {(eqf <= 4 ? "Introduction" : "Advanced Course")}",
            "Certificate" => $"Professional Certificate: {Capitalize(occupationLabel)} Pathway",
            "Badge" => $"{topic} Badge",
            "Certification" => $"Certified {Capitalize(occupationLabel)} – {topic}",
            "Degree" => $"{(eqf == 7 ? "MSc" : "BSc")} in {topic}",
            "Apprenticeship" => $"Apprenticeship: {Capitalize(occupationLabel)}",
            _ => $"Diploma in {topic}",
        };
        var externalId = $"{provider.Slug}-{index:D7}";

        json.WriteStartObject();
        json.WriteString("externalId", externalId);
        json.WriteString("provider", provider.Name);
        json.WriteString("title", title);
        json.WriteString("description", $"A {type switch { "MicroCredential" => "micro-credential", _ => type.ToLowerInvariant() }} from {provider.Name} for the role of {occupationLabel}, "
            + $"covering {string.Join(", ", picked.Take(4).Select(s => s.Label))}. {anchor.Description}.");
        json.WriteString("type", type);
        json.WriteString("status", status);
        json.WriteStartArray("learningOutcomes");
        foreach (var s in picked.Take(4))
            json.WriteStringValue(s.IsKnowledge ? $"Learners can explain {s.Label}." : $"Learners can {s.Label}.");
        json.WriteEndArray();
        if (ects is { } ectsValue) json.WriteNumber("ectsCredits", ectsValue); else json.WriteNull("ectsCredits");
        json.WriteNumber("hours", hours);
        json.WriteNumber("eqfLevel", eqf);
        if (country.NqfName is { } nqf) json.WriteString("nqfLevel", $"{nqf} {eqf}"); else json.WriteNull("nqfLevel");
        json.WriteString("assessmentType", assessment);
        json.WriteString("deliveryMode", delivery);
        json.WriteString("qualityAssuranceType", isUs ? "Regional accreditation" : "Institutional quality assurance (ESG)");
        if (picked.Count > 3 && r.Next(3) == 0) json.WriteString("prerequisites", $"Working knowledge of {picked[^1].Label} or equivalent professional experience."); else json.WriteNull("prerequisites");
        json.WriteStartArray("languages");
        foreach (var l in languages)
            json.WriteStringValue(l);
        json.WriteEndArray();
        json.WriteNumber("costAmount", cost);
        json.WriteString("costCurrency", country.Currency);
        json.WriteNumber("durationDays", 7 + (int)(hours / 4));
        json.WriteStartArray("regions");
        foreach (var g in regions)
            json.WriteStringValue(g);
        json.WriteEndArray();
        json.WriteString("url", $"https://{provider.Slug}.example.edu/credentials/{externalId}");
        json.WriteString("validFrom", validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.Next(3) == 0) json.WriteString("validUntil", validFrom.AddYears(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else json.WriteNull("validUntil");
        json.WriteNull("ctid");
        json.WriteNull("openBadgeId");
        json.WriteStartArray("partOf");
        json.WriteEndArray();
        json.WriteStartArray("alignments");
        for (var i = 0; i < picked.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("competencyUri", picked[i].Uri);
            json.WriteString("type", i == picked.Count - 1 && picked.Count > 3 && r.Next(4) == 0 ? "Assesses" : "Teaches");
            json.WriteNumber("proficiencyLevel", eqf);
            json.WriteNumber("weight", i == 0 ? 1.0 : Math.Round(0.4 + (0.5 * r.NextDouble()), 2));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private int ProviderIndex(double u)
    {
        var i = Array.BinarySearch(_providerCumulative, u);
        return Math.Min(i < 0 ? ~i : i, _providerCumulative.Length - 1);
    }

    private static string PickType(int pick)
    {
        foreach (var (type, weight) in _types)
        {
            if ((pick -= weight) < 0)
                return type;
        }
        return "MicroCredential";
    }

    private List<string> Shuffle(IReadOnlyList<string> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record Country(string Code, string Currency, string[] Languages, string[] Regions, int Weight, string? NqfName);

    private sealed record Provider(string Name, string Slug, Country Country, string Region);
}
