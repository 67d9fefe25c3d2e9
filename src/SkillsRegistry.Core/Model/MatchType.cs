using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("SKOS-style strength of a crosswalk mapping.")]
public enum MatchType
{
    [Description("The concepts are interchangeable.")]
    Exact,

    [Description("The concepts are close enough for most uses.")]
    Close,

    [Description("The target is broader than the source.")]
    Broad,

    [Description("The target is narrower than the source.")]
    Narrow,
}
