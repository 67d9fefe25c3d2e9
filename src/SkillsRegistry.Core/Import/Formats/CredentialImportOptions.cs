namespace SkillsRegistry.Core.Import.Formats;

/// <summary>
/// How a credential file is imported. <paramref name="DryRun"/>: do all the work inside the transaction, then roll it
/// back and return the same report. <paramref name="ProviderScope"/>: the id of the provider every record is imported
/// into (authenticated uploads); a record that names another provider is rejected, and providers in the file are neither
/// created nor changed.
/// </summary>
public sealed record CredentialImportOptions(bool DryRun = false, int? ProviderScope = null)
{
    /// <summary>False sends new credentials through the change tracker too (the reference the bulk insert is tested against).</summary>
    internal bool BulkInsert { get; init; } = true;
}
