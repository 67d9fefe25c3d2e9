using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SkillsRegistry.Core.Data;
using SkillsRegistry.Core.Import.Csv;
using SkillsRegistry.Core.Import.Onet;
using SkillsRegistry.Core.Model;
using MatchType = SkillsRegistry.Core.Model.MatchType;

namespace SkillsRegistry.Core.Import.Crosswalk;

/// <summary>
/// Imports Nesta's ESCO→O*NET occupation crosswalk (Mapping Career Causeways, Nov 2020) as concept mappings stored
/// by URI, so the order of imports does not matter. Mappings whose ESCO or O*NET end is not (yet) in the database
/// are still stored and counted in <see cref="ImportReport.Unresolved"/> per reason. Re-running changes nothing.
/// </summary>
public sealed class CrosswalkImporter(ImportOptions? options = null)
{
    public const string FileName = "esco_onet_crosswalk_Nov2020.csv";
    public const string Source = "Nesta Mapping Career Causeways (2020)";
    public const string EscoUnresolved = "ESCO occupation not in database";
    public const string OnetUnresolved = "O*NET occupation not in database";

    private readonly ImportOptions _options = options ?? new ImportOptions();

    /// <exception cref="ImportFormatException">The file is missing or lacks a required column; nothing was written.</exception>
    public async Task<ImportReport> ImportAsync(
        RegistryDbContext db, string directory, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        using var file = CsvFile.Open(directory, FileName, ["concept_uri", "onet_code", "confidence"]);
        return await ImportSession.RunAsync(db, _options, progress, session => RunAsync(session, file), ct);
    }

    private static async Task RunAsync(ImportSession session, CsvFile file)
    {
        var db = session.Db;
        var known = (await db.Occupations.AsNoTracking().Select(o => o.Uri).ToListAsync(session.Token)).ToHashSet(StringComparer.Ordinal);
        var stored = await db.ConceptMappings.AsTracking()
            .Where(m => m.Kind == ConceptKind.Occupation && m.Source == Source)
            .ToDictionaryAsync(m => (m.SourceUri, m.TargetUri), session.Token);
        var seen = new HashSet<(string, string)>();
        var counts = session.Report.For(nameof(ConceptMapping));
        await session.ForEachRowAsync(file, row =>
        {
            if (TryMapping(row, out var mapping) is { } error)
            {
                return error;
            }
            if (!seen.Add((mapping!.SourceUri, mapping.TargetUri)))
            {
                return "duplicate mapping (first occurrence kept)";
            }
            CountUnresolved(session.Report, known, mapping);
            counts.Count(Upsert(db, stored, mapping, out var changed), changed);
            return null;
        });
    }

    private static string? TryMapping(CsvFile row, out ConceptMapping? mapping)
    {
        mapping = null;
        var (uri, code, confidenceText) = (row["concept_uri"], row["onet_code"], row["confidence"]);
        if (uri.Length == 0 || code.Length == 0)
        {
            return "empty concept_uri or onet_code";
        }
        if (!double.TryParse(confidenceText, NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
        {
            return $"confidence '{confidenceText}' is not a number";
        }
        // Nesta's confidence: 2 = exact, 1 = close, 0.5 = broad match; stored normalised to [0, 1] by halving.
        MatchType? match = confidence switch { 2.0 => MatchType.Exact, 1.0 => MatchType.Close, 0.5 => MatchType.Broad, _ => null };
        if (match is null)
        {
            return $"confidence '{confidenceText}' is not one of 0.5, 1, 2";
        }
        mapping = new ConceptMapping
        {
            Kind = ConceptKind.Occupation,
            SourceUri = uri,
            TargetUri = OnetUris.Occupation(code),
            MatchType = match.Value,
            Confidence = confidence / 2,
            Source = Source,
        };
        return null;
    }

    private static void CountUnresolved(ImportReport report, HashSet<string> known, ConceptMapping mapping)
    {
        if (!known.Contains(mapping.SourceUri))
        {
            report.CountUnresolved(EscoUnresolved);
        }
        if (!known.Contains(mapping.TargetUri))
        {
            report.CountUnresolved(OnetUnresolved);
        }
    }

    private static bool Upsert(
        RegistryDbContext db, Dictionary<(string, string), ConceptMapping> stored, ConceptMapping mapping, out bool changed)
    {
        changed = false;
        if (!stored.TryGetValue((mapping.SourceUri, mapping.TargetUri), out var existing))
        {
            db.ConceptMappings.Add(mapping);
            return true;
        }
        changed = existing.MatchType != mapping.MatchType || existing.Confidence != mapping.Confidence;
        (existing.MatchType, existing.Confidence) = (mapping.MatchType, mapping.Confidence);
        return false;
    }
}
