namespace SkillsRegistry.Core.Import.Formats;

/// <summary>File formats that carry credentials, all imported through the catalogue pipeline.</summary>
public enum CredentialFileFormat
{
    /// <summary>The registry's own catalogue JSON (seed-data/demo-catalogue).</summary>
    Catalogue,

    /// <summary>Credential Engine CTDL JSON-LD: one resource or an <c>@graph</c> of credentials, learning opportunities and organizations.</summary>
    Ctdl,

    /// <summary>Open Badges 3.0: an Achievement, an OpenBadgeCredential, or a JSON array of either.</summary>
    OpenBadges,

    /// <summary>European Learning Model v3: a European Digital Credential (or an array of them).</summary>
    Elm,

    /// <summary>The registry's CSV template (seed-data/templates/credentials-template.csv).</summary>
    Csv,
}
