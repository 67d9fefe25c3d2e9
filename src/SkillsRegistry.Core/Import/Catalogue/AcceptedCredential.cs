using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>A catalogue entry that passed validation, the tracked entity it became, and whether it changed.</summary>
internal sealed class AcceptedCredential(int index, CatalogueCredential source, Credential entity, bool isNew)
{
    public int Index { get; } = index;
    public CatalogueCredential Source { get; } = source;
    public Credential Entity { get; } = entity;
    public bool IsNew { get; } = isNew;
    public bool Changed { get; set; } = isNew;
}
