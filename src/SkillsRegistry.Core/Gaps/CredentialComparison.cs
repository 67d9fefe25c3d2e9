namespace SkillsRegistry.Core.Gaps;

/// <summary>Overlap of 2–10 credentials' competencies (see <see cref="ComparisonEngine.CompareCredentials"/>).
/// <para>CredentialIds: in the order asked. Pairs: every unordered pair i &lt; j in that order.</para>
/// <para>SharedCompetencyIds: competencies of any compared credential that every compared credential matches (ascending).</para>
/// <para>Unique: per credential (in the order asked), its competencies no other compared credential matches (ascending).</para>
/// </summary>
public sealed record CredentialComparison(
    IReadOnlyList<int> CredentialIds,
    IReadOnlyList<CompetencyOverlap> Pairs,
    IReadOnlyList<int> SharedCompetencyIds,
    IReadOnlyList<CredentialCompetencies> Unique);
