using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Kind of credential (CTDL credential types).")]
public enum CredentialType
{
    [Description("A micro-credential as defined by the EU Council Recommendation of 16 June 2022.")]
    MicroCredential,

    [Description("A certificate of completion or achievement.")]
    Certificate,

    [Description("A digital badge (e.g. Open Badges).")]
    Badge,

    [Description("A time-limited industry certification, usually renewed by re-assessment.")]
    Certification,

    [Description("An apprenticeship certificate.")]
    Apprenticeship,

    [Description("A course with a completion record.")]
    Course,

    [Description("An academic degree.")]
    Degree,

    [Description("A diploma.")]
    Diploma,
}
