using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("What a change did to a credential.")]
public enum RevisionKind
{
    [Description("The credential was created.")]
    Created,

    [Description("Fields, alignments or stackability changed.")]
    Updated,

    [Description("The status changed to published.")]
    Published,

    [Description("The status changed to retired.")]
    Retired,
}
