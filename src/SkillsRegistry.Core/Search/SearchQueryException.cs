namespace SkillsRegistry.Core.Search;

/// <summary>The caller's search input cannot be run; the message says why, in words fit for the end user.</summary>
public sealed class SearchQueryException(string message) : Exception(message);
