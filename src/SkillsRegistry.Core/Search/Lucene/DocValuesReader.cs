using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Reads per-document values from doc values (column-stride, cheap) rather than stored fields.</summary>
internal static class DocValuesReader
{
    /// <summary>The credential id of a document, from its segment's decoded <see cref="SegmentColumns"/>.</summary>
    public static int CredentialId(IndexReader reader, int doc)
    {
        var leaf = Leaf(reader, doc);
        return SegmentColumns.Of(leaf.AtomicReader).Ids(leaf.AtomicReader)[doc - leaf.DocBase];
    }

    public static int Int(IndexReader reader, int doc, string field)
    {
        var leaf = Leaf(reader, doc);
        var values = leaf.AtomicReader.GetNumericDocValues(field)
            ?? throw new InvalidOperationException($"The index has no doc values for {field}.");
        return (int)values.Get(doc - leaf.DocBase);
    }

    /// <summary>The keys (the part before the label separator) of a sorted-set facet field of one document.</summary>
    public static List<string> Keys(IndexReader reader, int doc, string field)
    {
        var leaf = Leaf(reader, doc);
        var keys = new List<string>();
        var values = leaf.AtomicReader.GetSortedSetDocValues(field);
        if (values is null)
            return keys;
        values.SetDocument(doc - leaf.DocBase);
        var bytes = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, bytes);
            keys.Add(bytes.Utf8ToString().Split(IndexFields.LabelSeparator)[0]);
        }
        return keys;
    }

    private static AtomicReaderContext Leaf(IndexReader reader, int doc) =>
        reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
}
