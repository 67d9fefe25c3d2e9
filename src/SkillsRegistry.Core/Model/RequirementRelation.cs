using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("How strongly an occupation needs a competency.")]
public enum RequirementRelation
{
    [Description("Essential (ESCO), or O*NET importance of at least 3 of 5, or an in-demand technology.")]
    Essential,

    [Description("Optional (ESCO), or O*NET importance below 3, or a technology that is not in demand.")]
    Optional,
}
