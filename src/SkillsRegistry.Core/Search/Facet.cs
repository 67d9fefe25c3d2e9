namespace SkillsRegistry.Core.Search;

/// <summary>
/// Counts of one field over all matching credentials, most frequent first. Fields: <c>type</c>, <c>eqfLevel</c>,
/// <c>deliveryMode</c>, <c>provider</c> (value = id, label = name), <c>country</c>, <c>language</c>, <c>competency</c>
/// (directly aligned competencies, top 10; value = URI, label = preferred label).
/// </summary>
public sealed record Facet(string Field, IReadOnlyList<FacetValue> Values);
