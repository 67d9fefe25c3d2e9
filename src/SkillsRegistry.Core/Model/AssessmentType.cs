using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Type of assessment (Annex I).")]
public enum AssessmentType
{
    [Description("A written or oral examination.")]
    Exam,

    [Description("A project or assignment.")]
    Project,

    [Description("A portfolio of evidence.")]
    Portfolio,

    [Description("A practical demonstration.")]
    Practical,

    [Description("A combination of methods.")]
    Mixed,

    [Description("No assessment (participation only).")]
    None,
}
