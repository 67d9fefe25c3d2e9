using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Api.Features.Competencies;

/// <summary>A hierarchy edge seen from one end: the competency <see cref="FromId"/> and the concept at the other end.</summary>
public sealed record HierarchyLink(int FromId, Competency Other);
