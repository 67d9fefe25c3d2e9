using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Form of participation in the learning activity (Annex I).")]
public enum DeliveryMode
{
    [Description("Online, at a distance.")]
    Online,

    [Description("On site, in person.")]
    InPerson,

    [Description("A mix of online and in-person.")]
    Blended,
}
