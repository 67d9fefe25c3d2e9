using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("What a credential claims about a competency.")]
public enum AlignmentType
{
    [Description("The learning activity teaches it.")]
    Teaches,

    [Description("The assessment verifies it.")]
    Assesses,

    [Description("It is a prerequisite.")]
    Requires,
}
