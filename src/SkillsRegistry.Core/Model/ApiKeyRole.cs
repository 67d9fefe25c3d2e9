using System.ComponentModel;

namespace SkillsRegistry.Core.Model;

[Description("What an API key may do.")]
public enum ApiKeyRole
{
    [Description("Create and change the records of one provider.")]
    Publisher,

    [Description("Create providers and keys; read the audit log.")]
    Admin,
}
