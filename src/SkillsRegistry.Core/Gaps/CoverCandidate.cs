namespace SkillsRegistry.Core.Gaps;

/// <summary>A credential as a set-cover candidate: the essentials it covers and its objective cost.</summary>
internal sealed record CoverCandidate(int Id, IReadOnlySet<int> Cover, double Cost);
