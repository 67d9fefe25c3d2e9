using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Whether a record is an occupation or a grouping of occupations.")]
public enum OccupationKind
{
    [Description("An occupation.")]
    Occupation,

    [Description("An occupation group (ISCO-08 group, SOC group).")]
    Group,
}
