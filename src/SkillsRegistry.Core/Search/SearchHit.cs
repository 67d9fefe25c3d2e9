namespace SkillsRegistry.Core.Search;

/// <summary>
/// A credential id with its score (0 when not sorted by relevance) and HTML snippets: text is HTML-escaped and
/// matched words are wrapped in <c>&lt;em&gt;…&lt;/em&gt;</c>.
/// </summary>
public sealed record SearchHit(int CredentialId, float Score, IReadOnlyList<string> Highlights);
