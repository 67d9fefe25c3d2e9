using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import.Catalogue;

/// <summary>Links stackable parts to their wholes by external id within the same provider, once every credential exists.</summary>
internal static class PartSync
{
    public static void Apply(CatalogueRun run, IEnumerable<AcceptedCredential> accepted, Dictionary<CredentialKey, Credential> byKey)
    {
        foreach (var credential in accepted)
        {
            var wholes = ResolveWholes(run, credential, byKey);
            credential.Changed |= Sync(run, credential.Entity, wholes);
        }
    }

    private static List<Credential> ResolveWholes(CatalogueRun run, AcceptedCredential credential, Dictionary<CredentialKey, Credential> byKey)
    {
        var wholes = new List<Credential>();
        foreach (var externalId in (credential.Source.PartOf ?? []).Distinct(StringComparer.Ordinal))
        {
            if (byKey.TryGetValue(new CredentialKey(credential.Entity.Provider, externalId), out var whole) && whole != credential.Entity)
            {
                wholes.Add(whole);
            }
            else
            {
                run.RejectCredential(credential.Index, credential.Source.ExternalId,
                    $"partOf '{externalId}' skipped (credential kept): no other credential of {credential.Entity.Provider.Name} has that externalId");
            }
        }
        return wholes;
    }

    private static bool Sync(CatalogueRun run, Credential part, List<Credential> wholes)
    {
        var counts = run.Report.For(CatalogueRun.PartEntity);
        var stale = part.PartOf.Where(edge => !wholes.Exists(w => w.Id != 0 && w.Id == edge.WholeId)).ToList();
        foreach (var edge in stale)
        {
            part.PartOf.Remove(edge);
            run.Db.CredentialParts.Remove(edge);
        }
        var changed = stale.Count > 0;
        foreach (var whole in wholes)
        {
            if (whole.Id != 0 && part.PartOf.Exists(edge => edge.WholeId == whole.Id))
            {
                counts.Unchanged++;
                continue;
            }
            part.PartOf.Add(new CredentialPart { Whole = whole, Part = part });
            counts.Inserted++;
            changed = true;
        }
        return changed;
    }
}
