using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Kind of competency concept.")]
public enum CompetencyType
{
    [Description("A skill or competence: the ability to apply knowledge (ESCO skill/competence, O*NET skill).")]
    SkillCompetence,

    [Description("A body of facts, principles and theories (ESCO knowledge, O*NET knowledge).")]
    Knowledge,

    [Description("An enduring attribute of a person (O*NET ability).")]
    Ability,

    [Description("A tool, software or technology (O*NET technology skill or its UNSPSC commodity).")]
    Technology,

    [Description("A grouping concept of the skills hierarchy, not a skill itself.")]
    SkillGroup,
}
