namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// What a comparison reads: a <see cref="GapSnapshot"/> (credentials with their parts, hierarchy, crosswalk and, for a
/// provider comparison, the occupation's requirements), the credentials or providers compared in the order asked, and
/// the alignment weights of the credentials' competencies.
/// </summary>
public sealed class ComparisonSnapshot
{
    private readonly Dictionary<(int CredentialId, int CompetencyId), double> _weights = [];

    /// <summary>
    /// <para>weights: (credential, competency, weight in (0, 1]) of Teaches/Assesses alignments; a competency without one weighs 1.</para>
    /// </summary>
    public ComparisonSnapshot(
        GapSnapshot supply,
        IEnumerable<int>? credentialIds = null,
        IEnumerable<int>? providerIds = null,
        int? occupationId = null,
        IEnumerable<(int CredentialId, int CompetencyId, double Weight)>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(supply);
        Supply = supply;
        CredentialIds = (credentialIds ?? []).ToList();
        ProviderIds = (providerIds ?? []).ToList();
        OccupationId = occupationId;
        var missing = CredentialIds.Where(id => supply.Credential(id) is null).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"Credentials not in the supply: {string.Join(", ", missing)}.", nameof(credentialIds));
        foreach (var (credential, competency, weight) in weights ?? [])
        {
            if (weight > _weights.GetValueOrDefault((credential, competency)))
                _weights[(credential, competency)] = weight;
        }
    }

    public GapSnapshot Supply { get; }

    /// <summary>Credentials to compare, in the order asked.</summary>
    public IReadOnlyList<int> CredentialIds { get; }

    /// <summary>Providers to compare, in the order asked.</summary>
    public IReadOnlyList<int> ProviderIds { get; }

    /// <summary>The occupation providers are compared against (its requirements are <see cref="GapSnapshot.Requirements"/>).</summary>
    public int? OccupationId { get; }

    /// <summary>What earning the credential gives (its own and its parts' competencies, <see cref="GapSnapshot.CoverageOf"/>).</summary>
    public IReadOnlySet<int> CompetenciesOf(int credentialId) => Supply.CoverageOf(credentialId);

    /// <summary>
    /// Weight of a competency in a credential: the largest alignment weight for it on the credential or any of its
    /// parts; 1 when none is known.
    /// </summary>
    public double Weight(int credentialId, int competencyId)
    {
        var weights = Supply.PartsOf(credentialId).Append(credentialId)
            .Select(c => _weights.GetValueOrDefault((c, competencyId))).Where(w => w > 0).ToList();
        return weights.Count == 0 ? 1 : weights.Max();
    }
}
