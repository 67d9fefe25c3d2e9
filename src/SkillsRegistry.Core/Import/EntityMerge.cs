using SkillsRegistry.Core.Model;

namespace SkillsRegistry.Core.Import;

/// <summary>Copies imported values onto stored entities, reporting whether anything changed (for Updated vs Unchanged).</summary>
internal static class EntityMerge
{
    public static bool Into(Competency target, Competency source)
    {
        var changed = target.Code != source.Code || target.Type != source.Type || target.ReuseLevel != source.ReuseLevel
            || target.PreferredLabel != source.PreferredLabel || target.Description != source.Description
            || target.Status != source.Status || target.IsHotTechnology != source.IsHotTechnology
            || !target.AlternativeLabels.SequenceEqual(source.AlternativeLabels)
            || !target.HiddenLabels.SequenceEqual(source.HiddenLabels);
        if (changed)
        {
            (target.Code, target.Type, target.ReuseLevel) = (source.Code, source.Type, source.ReuseLevel);
            (target.PreferredLabel, target.Description, target.Status) = (source.PreferredLabel, source.Description, source.Status);
            target.IsHotTechnology = source.IsHotTechnology;
            (target.AlternativeLabels, target.HiddenLabels) = (source.AlternativeLabels, source.HiddenLabels);
        }
        return changed;
    }

    public static bool Into(Occupation target, Occupation source)
    {
        var changed = target.Kind != source.Kind || target.Code != source.Code || target.IscoCode != source.IscoCode
            || target.SocCode != source.SocCode || target.PreferredLabel != source.PreferredLabel
            || target.Description != source.Description || target.Status != source.Status
            || !target.AlternativeLabels.SequenceEqual(source.AlternativeLabels)
            || !target.HiddenLabels.SequenceEqual(source.HiddenLabels);
        if (changed)
        {
            (target.Kind, target.Code, target.IscoCode, target.SocCode) = (source.Kind, source.Code, source.IscoCode, source.SocCode);
            (target.PreferredLabel, target.Description, target.Status) = (source.PreferredLabel, source.Description, source.Status);
            (target.AlternativeLabels, target.HiddenLabels) = (source.AlternativeLabels, source.HiddenLabels);
        }
        return changed;
    }

    public static bool Into(OccupationRequirement target, OccupationRequirement source)
    {
        var changed = target.Relation != source.Relation || target.Importance != source.Importance
            || target.Level != source.Level || target.IsInDemand != source.IsInDemand;
        if (changed)
        {
            (target.Relation, target.Importance, target.Level, target.IsInDemand) =
                (source.Relation, source.Importance, source.Level, source.IsInDemand);
        }
        return changed;
    }
}
