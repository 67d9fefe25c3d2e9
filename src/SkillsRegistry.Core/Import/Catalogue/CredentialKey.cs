using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>The upsert key of a credential: its provider (by identity, so unsaved providers work) and external id.</summary>
internal readonly record struct CredentialKey(Provider Provider, string ExternalId);
