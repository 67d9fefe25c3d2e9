using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Kind of concept a crosswalk mapping relates.")]
public enum ConceptKind
{
    [Description("Occupations.")]
    Occupation,

    [Description("Competencies.")]
    Competency,
}
