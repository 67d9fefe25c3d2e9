namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>
/// Where a record sits in its source file: a label that names it (<c>credentials[5]</c>, a JSON pointer such as
/// <c>/@graph/3</c>, or <c>line 7</c> in a CSV) and the 1-based line it starts on (0 when unknown).
/// </summary>
internal sealed record RecordLocation(string Label, long Line);
