using Sylvan.Data.Csv;

namespace SkillsRegistry.Bench;

/// <summary>The parts of the full ESCO v1.1.1 CSV release the generator and the query mix need.</summary>
internal sealed class Taxonomy
{
    private static readonly HashSet<string> _stopWords = new(StringComparer.Ordinal)
    {
        "and", "or", "of", "the", "to", "in", "for", "on", "with", "a", "an", "by", "as", "at", "from", "use", "using",
        "other", "related", "e.g", "etc", "its", "their", "not", "be", "is",
    };

    public required IReadOnlyList<Occupation> Occupations { get; init; }
    public required IReadOnlyDictionary<string, Skill> Skills { get; init; }
    public required IReadOnlyDictionary<string, string> SkillGroupsByCode { get; init; }

    public static string CsvDirectory(string dataRoot) => Path.Combine(dataRoot, "esco-v1.1.1", "csv");

    public static Taxonomy Load(string dataRoot)
    {
        var dir = CsvDirectory(dataRoot);
        var skills = new Dictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var row in Rows(Path.Combine(dir, "skills_en.csv")))
        {
            var description = row["description"];
            var firstSentence = description.Split(". ", 2)[0].Trim().TrimEnd('.');
            skills[row["conceptUri"]] = new Skill(row["conceptUri"], row["preferredLabel"], row["skillType"] == "knowledge", firstSentence);
        }
        var relations = new Dictionary<string, List<(string Uri, bool Essential)>>(StringComparer.Ordinal);
        foreach (var row in Rows(Path.Combine(dir, "occupationSkillRelations.csv")))
        {
            if (!skills.ContainsKey(row["skillUri"]))
                continue;
            if (!relations.TryGetValue(row["occupationUri"], out var list))
                relations[row["occupationUri"]] = list = [];
            list.Add((row["skillUri"], row["relationType"] == "essential"));
        }
        var occupations = new List<Occupation>();
        foreach (var row in Rows(Path.Combine(dir, "occupations_en.csv")))
        {
            if (!relations.TryGetValue(row["conceptUri"], out var list) || list.Count < 3)
                continue;
            occupations.Add(new Occupation(row["conceptUri"], row["preferredLabel"], row["iscoGroup"],
                [.. list.Where(s => s.Essential).Select(s => s.Uri)], [.. list.Where(s => !s.Essential).Select(s => s.Uri)]));
        }
        // File order is the release's order; sort by URI so the generator does not depend on it.
        occupations.Sort((a, b) => string.CompareOrdinal(a.Uri, b.Uri));
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows(Path.Combine(dir, "skillGroups_en.csv")))
        {
            if (row["code"].Length > 0)
                groups[row["code"]] = row["conceptUri"];
        }
        return new Taxonomy { Occupations = occupations, Skills = skills, SkillGroupsByCode = groups };
    }

    /// <summary>The most frequent words of skill preferred labels (stop words and short words left out).</summary>
    public IReadOnlyList<string> FrequentWords(int count) => [.. Skills.Values
        .SelectMany(s => s.Label.Split([' ', ',', '(', ')', '/', '-'], StringSplitOptions.RemoveEmptyEntries))
        .Select(w => w.ToLowerInvariant())
        .Where(w => w.Length > 3 && !_stopWords.Contains(w) && w.All(char.IsLetter))
        .GroupBy(w => w, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(count)
        .Select(g => g.Key)];

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = CsvDataReader.Create(path);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
                row[names[i]] = reader.GetString(i);
            yield return row;
        }
    }
}

internal sealed record Skill(string Uri, string Label, bool IsKnowledge, string Description);

internal sealed record Occupation(string Uri, string Label, string IscoGroup, IReadOnlyList<string> Essential, IReadOnlyList<string> Optional);
