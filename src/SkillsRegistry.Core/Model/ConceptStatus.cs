using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Lifecycle status of a taxonomy concept.")]
public enum ConceptStatus
{
    [Description("In force.")]
    Released,

    [Description("No longer to be used; see replacedBy.")]
    Deprecated,
}
