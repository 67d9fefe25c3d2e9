namespace SkillsRegistry.Bench;

/// <summary>
/// Deterministic synthetic catalogue over the full ESCO taxonomy: occupation-shaped competency sets, Zipf provider
/// sizes, Annex I fields. Written as the catalogue JSON (seed-data/demo-catalogue/README.md), streamed.
/// </summary>
internal sealed class Generator
{
    private static readonly string[] _syllables = ["nor", "bri", "dge", "ve", "lan", "tor", "mar", "kel", "sun", "da", "ris", "hol", "men", "ga", "rio", "ter", "van", "sel", "bo", "quin"];
    private static readonly string[] _kinds = ["Institute of Technology", "Academy", "University of Applied Sciences", "Learning Centre", "Business School", "College", "Training Institute", "Open University"];

    private static readonly GeneratedCountry[] _countries =
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
    private readonly List<GeneratedProvider> _providers = [];
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
            _providers.Add(new GeneratedProvider(name, slug, country, country.Regions[_random.Next(country.Regions.Length)]));
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

    /// <summary>The fictional providers every file lists.</summary>
    public IReadOnlyList<GeneratedProvider> Providers => _providers;

    private void WriteFile(string path, int from, int to)
    {
        using var catalogue = new CatalogueWriter(path, _providers);
        for (var i = from; i < to; i++)
            catalogue.Write(Next(i));
    }

    /// <summary>The next credential of the sequence (<paramref name="index"/> names it); call in order 0, 1, 2, …</summary>
    public GeneratedCredential Next(int index)
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
        var description = $"A {type switch { "MicroCredential" => "micro-credential", _ => type.ToLowerInvariant() }} from {provider.Name} for the role of {occupationLabel}, "
            + $"covering {string.Join(", ", picked.Take(4).Select(s => s.Label))}. {anchor.Description}.";
        var outcomes = picked.Take(4).Select(s => s.IsKnowledge ? $"Learners can explain {s.Label}." : $"Learners can {s.Label}.").ToArray();
        var prerequisites = picked.Count > 3 && r.Next(3) == 0 ? $"Working knowledge of {picked[^1].Label} or equivalent professional experience." : null;
        DateOnly? validUntil = r.Next(3) == 0 ? validFrom.AddYears(4) : null;
        var alignments = new GeneratedAlignment[picked.Count];
        for (var i = 0; i < picked.Count; i++)
        {
            var alignmentType = i == picked.Count - 1 && picked.Count > 3 && r.Next(4) == 0 ? "Assesses" : "Teaches";
            alignments[i] = new GeneratedAlignment(picked[i].Uri, alignmentType, eqf, i == 0 ? 1.0 : Math.Round(0.4 + (0.5 * r.NextDouble()), 2));
        }
        return new GeneratedCredential(externalId, provider, title, description, type, status, outcomes, ects, hours, eqf,
            country.NqfName is { } nqf ? $"{nqf} {eqf}" : null, assessment, delivery,
            isUs ? "Regional accreditation" : "Institutional quality assurance (ESG)", prerequisites, languages, cost, country.Currency,
            7 + (int)(hours / 4), regions, $"https://{provider.Slug}.example.edu/credentials/{externalId}", validFrom, validUntil, alignments);
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

}

internal sealed record GeneratedCountry(string Code, string Currency, string[] Languages, string[] Regions, int Weight, string? NqfName);

internal sealed record GeneratedProvider(string Name, string Slug, GeneratedCountry Country, string Region)
{
    public string Website => $"https://{Slug}.example.edu/";
}

/// <summary>One generated credential, written as catalogue JSON or CSV, or inserted directly by the bulk-import baseline.</summary>
internal sealed record GeneratedCredential(
    string ExternalId, GeneratedProvider Provider, string Title, string Description, string Type, string Status, string[] LearningOutcomes,
    decimal? EctsCredits, decimal Hours, int EqfLevel, string? NqfLevel, string AssessmentType, string DeliveryMode, string QualityAssuranceType,
    string? Prerequisites, string[] Languages, decimal CostAmount, string CostCurrency, int DurationDays, string[] Regions, string Url,
    DateOnly ValidFrom, DateOnly? ValidUntil, GeneratedAlignment[] Alignments);

internal sealed record GeneratedAlignment(string CompetencyUri, string Type, int ProficiencyLevel, double Weight);
