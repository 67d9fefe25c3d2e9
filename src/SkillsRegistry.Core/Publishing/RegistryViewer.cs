namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// Who is reading or writing through a context: which drafts they may see (the public sees none, a publisher its own
/// provider's) and the name written to revisions and the audit log.
/// </summary>
public sealed record RegistryViewer(bool SeesAllDrafts, int? ProviderId, string Actor)
{
    /// <summary>The registry itself (importers, the indexer, start-up): sees everything.</summary>
    public static RegistryViewer System { get; } = new(true, null, "system");

    /// <summary>An anonymous reader: published and retired records only.</summary>
    public static RegistryViewer Anonymous { get; } = new(false, null, "anonymous");
}

/// <summary>Tells the context factory who the current caller is (in the API: from the request's API key).</summary>
public interface IRegistryViewerSource
{
    RegistryViewer Current { get; }
}
