using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("How an alignment was asserted.")]
public enum AlignmentMethod
{
    [Description("Entered by a person.")]
    Manual,

    [Description("Imported from a source record.")]
    Import,

    [Description("Inferred by the registry.")]
    Inferred,
}
