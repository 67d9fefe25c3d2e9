using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("How widely a competency applies (ESCO reuse level).")]
public enum ReuseLevel
{
    [Description("Relevant to a broad range of occupations and sectors.")]
    Transversal,

    [Description("Relevant to occupations in several sectors.")]
    CrossSector,

    [Description("Specific to one sector.")]
    SectorSpecific,

    [Description("Specific to one occupation.")]
    OccupationSpecific,
}
