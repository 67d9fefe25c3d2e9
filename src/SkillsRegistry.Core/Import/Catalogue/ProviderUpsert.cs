using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Inserts or updates the catalogue's providers by name; returns every provider a credential may name.</summary>
internal static class ProviderUpsert
{
    public static async Task<Dictionary<string, Provider>> RunAsync(CatalogueRun run, CancellationToken ct)
    {
        var names = run.Source.Providers.Select(p => p?.Name)
            .Concat(run.Source.Credentials.Select(c => c?.Provider))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var known = await run.Db.Providers.Where(p => names.Contains(p.Name))
            .ToDictionaryAsync(p => p.Name, StringComparer.Ordinal, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < run.Source.Providers.Count; i++)
        {
            Upsert(run, i, known, seen);
        }
        return known;
    }

    private static void Upsert(CatalogueRun run, int index, Dictionary<string, Provider> known, HashSet<string> seen)
    {
        var dto = run.Source.Providers[index];
        var reason = Validate(dto, seen);
        if (reason is not null)
        {
            run.RejectProvider(index, dto?.Name, reason);
            return;
        }
        var incoming = ToEntity(dto!);
        var counts = run.Report.For(CatalogueRun.ProviderEntity);
        if (!known.TryGetValue(incoming.Name, out var current))
        {
            run.Db.Providers.Add(incoming);
            known[incoming.Name] = incoming;
            counts.Inserted++;
            return;
        }
        if (!run.Source.UpdateExistingProviders)
        {
            counts.Unchanged++;
            return;
        }
        incoming.Id = current.Id;
        var entry = run.Db.Entry(current);
        entry.CurrentValues.SetValues(incoming);
        if (entry.State == EntityState.Modified)
        {
            counts.Updated++;
        }
        else
        {
            counts.Unchanged++;
        }
    }

    private static string? Validate(CatalogueProvider? dto, HashSet<string> seen)
    {
        if (dto is null)
        {
            return "the entry is not an object";
        }
        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            return "name is missing";
        }
        if (dto.Country is not { Length: 2 })
        {
            return $"country '{dto.Country}' is not an ISO 3166-1 alpha-2 code";
        }
        return seen.Add(dto.Name) ? null : "duplicate provider name";
    }

    private static Provider ToEntity(CatalogueProvider dto) => new()
    {
        Name = dto.Name!,
        Country = dto.Country!,
        Region = dto.Region,
        Website = dto.Website,
        Identifiers = [.. dto.Identifiers ?? []],
        QualityAssurance = dto.QualityAssurance,
        Accreditation = dto.Accreditation,
    };
}
