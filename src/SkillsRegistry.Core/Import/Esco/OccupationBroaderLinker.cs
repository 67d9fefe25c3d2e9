using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Esco;

/// <summary>
/// Sets <see cref="Occupation.BroaderId"/> from broaderRelationsOccPillar.csv. The model holds one broader
/// occupation, so a concept's first broader row wins and any later one is rejected with its line.
/// </summary>
internal sealed class OccupationBroaderLinker(UriStore<Occupation> occupations, EntityCounts counts)
{
    private readonly Dictionary<string, string> _linked = new(StringComparer.Ordinal);

    public string? Link(CsvFile row)
    {
        if ((EscoRows.RequireUri(row, "conceptUri") ?? EscoRows.RequireUri(row, "broaderUri")) is { } error)
        {
            return error;
        }
        var (uri, broaderUri) = (row["conceptUri"], row["broaderUri"]);
        if (_linked.TryGetValue(uri, out var first))
        {
            return $"{uri} already has broader {first}; only the first broader occupation is kept";
        }
        if (occupations.Find(uri) is not { } occupation)
        {
            return $"unknown occupation {uri}";
        }
        if (!occupations.TryGetId(broaderUri, out var broaderId))
        {
            return $"unknown broader occupation {broaderUri}";
        }
        _linked[uri] = broaderUri;
        var had = occupation.BroaderId;
        occupation.BroaderId = broaderId;
        counts.Count(inserted: had is null, changed: had != broaderId);
        return null;
    }
}
