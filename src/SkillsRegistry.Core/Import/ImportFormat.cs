namespace SkillsRegistry.Core.Import;

/// <summary>The sources the registry imports.</summary>
public enum ImportFormat
{
    /// <summary>ESCO CSV release folder.</summary>
    Esco,

    /// <summary>O*NET database folder (CSV).</summary>
    Onet,

    /// <summary>Nesta ESCO–O*NET occupation crosswalk CSV.</summary>
    Crosswalk,

    /// <summary>BLS Employment Projections occupational table CSV.</summary>
    Demand,

    /// <summary>Credential catalogue JSON (providers, credentials, alignments).</summary>
    Catalogue,

    /// <summary>Credential Engine CTDL JSON-LD credentials and learning opportunities.</summary>
    Ctdl,

    /// <summary>Open Badges 3.0 achievements or OpenBadgeCredentials.</summary>
    OpenBadges,

    /// <summary>European Learning Model v3 European Digital Credentials.</summary>
    Elm,

    /// <summary>The registry's credential CSV template.</summary>
    Csv,
}
