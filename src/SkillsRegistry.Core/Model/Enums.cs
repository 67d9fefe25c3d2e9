namespace SkillsRegistry.Core.Model;

public enum CompetencyType
{
    SkillCompetence,
    Knowledge,
    Ability,
    Technology,
    SkillGroup,
}

public enum ReuseLevel
{
    Transversal,
    CrossSector,
    SectorSpecific,
    OccupationSpecific,
}

public enum ConceptStatus
{
    Released,
    Deprecated,
}

public enum OccupationKind
{
    Occupation,
    Group,
}

public enum RequirementRelation
{
    Essential,
    Optional,
}

public enum ConceptKind
{
    Occupation,
    Competency,
}

public enum MatchType
{
    Exact,
    Close,
    Broad,
    Narrow,
}

public enum CredentialType
{
    MicroCredential,
    Certificate,
    Badge,
    Certification,
    Apprenticeship,
    Course,
    Degree,
    Diploma,
}

public enum CredentialStatus
{
    Draft,
    Published,
    Retired,
}

public enum DeliveryMode
{
    Online,
    InPerson,
    Blended,
}

public enum AssessmentType
{
    Exam,
    Project,
    Portfolio,
    Practical,
    Mixed,
    None,
}

public enum AlignmentType
{
    Teaches,
    Assesses,
    Requires,
}

public enum AlignmentMethod
{
    Manual,
    Import,
    Inferred,
}
