using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("Publication status of a credential.")]
public enum CredentialStatus
{
    [Description("Not yet visible to the public.")]
    Draft,

    [Description("On offer and visible.")]
    Published,

    [Description("No longer on offer; kept for history.")]
    Retired,
}
