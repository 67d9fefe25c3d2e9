using System.Globalization;
using Lucene.Net.Documents;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>One document per label of an entity (preferred and each alternative), so a hit names the label that matched.</summary>
internal static class SuggestionDocumentMapper
{
    public static IEnumerable<Document> Map(SuggestionEntry entry)
    {
        yield return Label(entry, entry.PreferredLabel, preferred: true);
        foreach (var label in entry.AlternativeLabels.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!string.Equals(label, entry.PreferredLabel, StringComparison.OrdinalIgnoreCase))
                yield return Label(entry, label, preferred: false);
        }
    }

    private static Document Label(SuggestionEntry entry, string label, bool preferred) =>
    [
        new StringField(F.DocType, F.SuggestionType, Field.Store.NO),
        new StringField(F.SuggestKind, entry.Kind.ToString(), Field.Store.YES),
        new StoredField(F.SuggestId, entry.Id.ToString(CultureInfo.InvariantCulture)),
        new StoredField(F.SuggestLabel, entry.PreferredLabel),
        new StoredField(F.SuggestMatched, preferred ? "" : label),
        new TextField(F.SuggestText, label, Field.Store.NO),
        new StringField(F.SuggestExact, label.ToLowerInvariant(), Field.Store.NO),
    ];
}
