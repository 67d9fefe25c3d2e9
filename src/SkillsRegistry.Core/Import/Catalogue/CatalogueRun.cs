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
    public ImportReport Report { get; } = new();

    public void RejectProvider(int index, string? name, string reason) =>
        Report.Reject(Source.FileName, Line(Source.ProviderLines, index), $"providers[{index}] {name ?? "(no name)"}: {reason}");

    public void RejectCredential(int index, string? externalId, string reason) =>
        Report.Reject(Source.FileName, Line(Source.CredentialLines, index), $"credentials[{index}] {externalId ?? "(no externalId)"}: {reason}");

    private static long Line(IReadOnlyList<long> lines, int index) => index < lines.Count ? lines[index] : 0;

    public void ReportProgress(string step, long done, long total) =>
        progress?.Report(new ImportProgress($"{Source.FileName}: {step}", done, total));
}
