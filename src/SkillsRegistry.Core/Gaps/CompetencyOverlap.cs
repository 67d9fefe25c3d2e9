namespace SkillsRegistry.Core.Gaps;

/// <summary>Similarity of two credentials' competency sets A and B (see <see cref="ComparisonEngine"/> for the formulas).</summary>
public sealed record CompetencyOverlap(int FirstCredentialId, int SecondCredentialId, double Jaccard, double WeightedJaccard);
