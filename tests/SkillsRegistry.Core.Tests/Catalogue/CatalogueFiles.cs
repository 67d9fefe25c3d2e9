using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillsRegistry.Core.Tests.Catalogue;

/// <summary>Finds the shipped demonstration catalogue and writes edited copies of it.</summary>
internal static class CatalogueFiles
{
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ShippedCatalogue => Path.Combine(RepositoryRoot, "seed-data", "demo-catalogue", "catalogue.json");

    public static JsonNode LoadShipped() => JsonNode.Parse(File.ReadAllText(ShippedCatalogue))!;

    /// <summary>Every competency URI the shipped catalogue aligns to.</summary>
    public static IReadOnlyList<string> CompetencyUris() =>
        LoadShipped()["credentials"]!.AsArray()
            .SelectMany(c => c!["alignments"]!.AsArray())
            .Select(a => (string)a!["competencyUri"]!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes a copy of the shipped catalogue, edited by <paramref name="edit"/>, into <paramref name="directory"/>.</summary>
    public static string WriteVariant(string directory, Action<JsonNode> edit)
    {
        var document = LoadShipped();
        edit(document);
        var path = Path.Combine(directory, $"catalogue-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, document.ToJsonString(_indented));
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkillsRegistry.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No SkillsRegistry.sln above {AppContext.BaseDirectory}");
    }
}
