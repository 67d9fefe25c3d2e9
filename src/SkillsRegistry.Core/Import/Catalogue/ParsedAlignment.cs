using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>An alignment whose enums are valid; its competency URI is resolved later.</summary>
internal sealed record ParsedAlignment(int Index, string? CompetencyUri, AlignmentType Type, double? ProficiencyLevel, double? Weight);
