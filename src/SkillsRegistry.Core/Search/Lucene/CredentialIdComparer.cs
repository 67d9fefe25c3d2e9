using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SkillsRegistry.Core.Search.Lucene;

/// <summary>Sorts by credential id from <see cref="SegmentColumns"/> (Lucene's own comparer reads doc values under a lock).</summary>
internal sealed class CredentialIdComparer(int hits) : FieldComparer<J2N.Numerics.Int32>
{
    private readonly int[] _slots = new int[hits];
    private int[] _ids = [];
    private int _bottom;
    private int _top;

    public static SortField Field(bool descending) => new(IndexFields.IdValue, new Source(), descending);

    public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

    public override void SetBottom(int slot) => _bottom = _slots[slot];

    public override void SetTopValue(J2N.Numerics.Int32 value) => _top = value?.ToInt32() ?? 0;

    public override int CompareBottom(int doc) => _bottom.CompareTo(_ids[doc]);

    public override int CompareTop(int doc) => _top.CompareTo(_ids[doc]);

    public override void Copy(int slot, int doc) => _slots[slot] = _ids[doc];

    public override FieldComparer SetNextReader(AtomicReaderContext context)
    {
        _ids = SegmentColumns.Of(context.AtomicReader).Ids(context.AtomicReader);
        return this;
    }

    public override J2N.Numerics.Int32 this[int slot] => J2N.Numerics.Int32.GetInstance(_slots[slot]);

    private sealed class Source : FieldComparerSource
    {
        public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new CredentialIdComparer(numHits);
    }
}
