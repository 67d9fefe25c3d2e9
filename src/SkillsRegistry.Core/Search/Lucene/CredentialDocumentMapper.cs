using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = SkillsRegistry.Core.Search.Lucene.IndexFields;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>
/// Turns a <see cref="CredentialDocument"/> into a Lucene document: analysed text (with term vectors, for
/// more-like-this), exact filter terms, numeric ranges, doc values for facets and sorts, and the id. Title and
/// description are also stored, read only when highlights are asked for.
/// </summary>
internal static class CredentialDocumentMapper
{
    private static readonly FieldType _text = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true });

    /// <summary>
    /// Label lists: a word repeated across a concept's many alternative labels ("Python3", "Python 3K", …) must not
    /// outweigh one mention in a title, so term frequencies are not indexed.
    /// </summary>
    private static readonly FieldType _labels = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>
    /// Broader concepts' labels, as <see cref="_labels"/> but without term vectors: more-like-this does not read them,
    /// and with a credential's whole ancestry in the field they were about a third of the indexing time.
    /// </summary>
    private static readonly FieldType _broaderLabels = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY });

    /// <summary>Exact-match values: one token per value (<see cref="KeywordListTokenizer"/>), no frequencies, no norms, as a <c>StringField</c>.</summary>
    private static readonly FieldType _keywords = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>
    /// The id and doc type go through the same keyword-list analyzer, one value each, for the same terms a
    /// <c>StringField</c> gives: a <c>StringField</c> builds a new token stream, its attributes found by reflection, for
    /// every document (16% of the indexing thread at 1M), where the analyzer reuses one per field.
    /// </summary>
    private static readonly FieldType _keywordStored = Frozen(new FieldType(_keywords) { IsStored = true });

    public static Term IdTerm(int id) => new(F.Id, Key(id));

    public static Document Map(CredentialDocument c)
    {
        var doc = new Document
        {
            new Field(F.DocType, F.CredentialType, _keywords),
            new Field(F.Id, Key(c.Id), _keywordStored),
            new NumericDocValuesField(F.IdValue, c.Id),
            new NumericDocValuesField(F.ProviderValue, c.ProviderId),
        };
        AddText(doc, c);
        AddFilters(doc, c);
        AddFacets(doc, c);
        AddSortValues(doc, c);
        return doc;
    }

    private static void AddText(Document doc, CredentialDocument c)
    {
        Text(doc, F.Title, c.Title);
        Text(doc, F.Description, c.Description);
        Text(doc, F.Outcomes, string.Join("\n", c.LearningOutcomes));
        Text(doc, F.ProviderName, c.ProviderName);
        Text(doc, F.Competency, LabelList(c.Aligned), _labels);
        Text(doc, F.Broader, LabelList(c.Broader), _broaderLabels);
        doc.Add(new StoredField(F.StoredTitle, c.Title));
        doc.Add(new StoredField(F.StoredDescription, c.Description ?? ""));
    }

    private static void AddFilters(Document doc, CredentialDocument c)
    {
        Terms(doc, F.ProviderId, [Key(c.ProviderId)]);
        Terms(doc, F.Country, [c.ProviderCountry.ToUpperInvariant()]);
        Terms(doc, F.Region, c.Regions.Select(r => r.ToUpperInvariant()));
        Terms(doc, F.Type, [c.Type.ToString()]);
        Terms(doc, F.Status, [c.Status.ToString()]);
        Terms(doc, F.DeliveryMode, c.DeliveryMode is { } mode ? [mode.ToString()] : []);
        Terms(doc, F.Language, c.Languages.Select(l => l.ToLowerInvariant()));
        Terms(doc, F.Currency, c.CostCurrency is { } currency ? [currency.ToUpperInvariant()] : []);
        Terms(doc, F.Framework, c.Aligned.Select(k => k.FrameworkKey));
        Terms(doc, F.AlignedUri, c.Aligned.Select(k => k.Uri));
        Terms(doc, F.CompetencyUri, c.Aligned.Concat(c.Broader).Select(k => k.Uri));
        if (c.EqfLevel is { } eqf)
            doc.Add(new Int32Field(F.Eqf, eqf, Field.Store.NO));
        if (c.CostAmount is { } cost)
            doc.Add(new DoubleField(F.Cost, (double)cost, Field.Store.NO));
        if (c.Hours is { } hours)
            doc.Add(new DoubleField(F.Hours, (double)hours, Field.Store.NO));
    }

    private static void AddFacets(Document doc, CredentialDocument c)
    {
        Facet(doc, FacetFields.Type, [c.Type.ToString()]);
        Facet(doc, FacetFields.EqfLevel, c.EqfLevel is { } eqf ? [Key(eqf)] : []);
        Facet(doc, FacetFields.DeliveryMode, c.DeliveryMode is { } mode ? [mode.ToString()] : []);
        Facet(doc, FacetFields.Provider, [Key(c.ProviderId) + F.LabelSeparator + c.ProviderName]);
        Facet(doc, FacetFields.Country, [c.ProviderCountry.ToUpperInvariant()]);
        Facet(doc, FacetFields.Language, c.Languages.Select(l => l.ToLowerInvariant()));
        Facet(doc, FacetFields.Competency, c.Aligned.Select(k => k.Uri + F.LabelSeparator + k.PreferredLabel));
    }

    private static void AddSortValues(Document doc, CredentialDocument c)
    {
        // Missing values sort last: this version's SortField has no settable missing value, so store the sentinel.
        doc.Add(new DoubleDocValuesField(F.SortCost, c.CostAmount is { } cost ? (double)cost : double.MaxValue));
        doc.Add(new DoubleDocValuesField(F.SortCostNegated, c.CostAmount is { } c2 ? -(double)c2 : double.MaxValue));
        doc.Add(new DoubleDocValuesField(F.SortHours, c.Hours is { } hours ? (double)hours : double.MaxValue));
        doc.Add(new NumericDocValuesField(F.SortCreated, c.CreatedAt.UtcTicks));
    }

    /// <summary>One value per concept, its labels on separate lines (see <see cref="LabelListTokenizer"/>).</summary>
    internal static string LabelList(IEnumerable<ConceptLabels> concepts) =>
        string.Join(ValueListTokenizer.Separator, concepts.Select(k => string.Join('\n', k.AlternativeLabels.Prepend(k.PreferredLabel))));

    private static void Text(Document doc, string field, string? text, FieldType? type = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
            doc.Add(new Field(field, text, type ?? _text));
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void Terms(Document doc, string field, IEnumerable<string> values)
    {
        var list = string.Join(ValueListTokenizer.Separator, values.Distinct(StringComparer.Ordinal));
        if (list.Length > 0)
            doc.Add(new Field(field, list, _keywords));
    }

    private static void Facet(Document doc, string facet, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
            doc.Add(new SortedSetDocValuesField(F.FacetPrefix + facet, new BytesRef(value)));
    }

    private static string Key(int value) => value.ToString(CultureInfo.InvariantCulture);
}
