using SkillsRegistry.Core.Data;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>The state of one catalogue import: the context, the parsed file, the clock reading and the report.</summary>
internal sealed class CatalogueRun(RegistryDbContext db, CatalogueSource source, DateTimeOffset now, IProgress<ImportProgress>? progress)
{
    public const string ProviderEntity = "Provider";
    public const string CredentialEntity = "Credential";
    public const string AlignmentEntity = "CredentialAlignment";
    public const string PartEntity = "CredentialPart";

    public RegistryDbContext Db { get; } = db;
    public CatalogueSource Source { get; } = source;
    public DateTimeOffset Now { get; } = now;
    public ImportReport Report { get; } = NewReport(source);

    /// <summary>Whether new credentials may bypass the change tracker (<see cref="BulkCredentialInsert"/>).</summary>
    public bool BulkInsert { get; init; }

    public void RejectProvider(int index, string? name, string reason)
    {
        var at = At(Source.ProviderLocations, index, "providers");
        Report.Reject(Source.FileName, at.Line, $"{at.Label} {name ?? "(no name)"}: {reason}", at.Label);
    }

    public void RejectCredential(int index, string? externalId, string reason)
    {
        var at = At(Source.CredentialLocations, index, "credentials");
        Report.Reject(Source.FileName, at.Line, $"{at.Label} {externalId ?? "(no externalId)"}: {reason}", at.Label);
    }

    private static RecordLocation At(IReadOnlyList<RecordLocation> locations, int index, string array) =>
        index < locations.Count ? locations[index] : new RecordLocation($"{array}[{index}]", 0);

    private static ImportReport NewReport(CatalogueSource source)
    {
        var report = new ImportReport();
        foreach (var (reason, count) in source.Skipped)
        {
            for (var i = 0; i < count; i++)
            {
                report.CountSkipped(reason);
            }
        }
        return report;
    }

    public void ReportProgress(string step, long done, long total) =>
        progress?.Report(new ImportProgress($"{Source.FileName}: {step}", done, total));
}
