namespace SkillsRegistry.Core.Publishing;

/// <summary>
/// Who is reading or writing through a context: which drafts they may see (the public sees none, a publisher its own
/// provider's) and the name written to revisions and the audit log.
/// </summary>
public sealed record RegistryViewer(bool SeesAllDrafts, int? ProviderId, string Actor, bool IsAdmin = false)
{
    /// <summary>The registry itself (importers, the indexer, start-up): sees everything.</summary>
    public static RegistryViewer System { get; } = new(true, null, "system");

    /// <summary>An anonymous reader: published and retired records only.</summary>
    public static RegistryViewer Anonymous { get; } = new(false, null, "anonymous");

    /// <summary>A publisher: may see and change its own provider's records.</summary>
    public static RegistryViewer Publisher(int providerId, string actor) => new(false, providerId, actor);

    /// <summary>An administrator: creates providers and keys, reads the audit log and every draft.</summary>
    public static RegistryViewer Admin(string actor) => new(true, null, actor, IsAdmin: true);

    public bool IsPublisher => ProviderId is not null;
}

/// <summary>Tells the context factory who the current caller is (in the API: from the request's API key).</summary>
public interface IRegistryViewerSource
{
    RegistryViewer Current { get; }
}
