using System.Buffers;

namespace SkillsRegistry.Core.Gaps;

/// <summary>
/// A set of credential ids as pooled bits (1M ids: 125 KB, which stays in cache where an int per id would not);
/// <see cref="Clear"/> zeroes only the words that were touched. Dispose to return the bits.
/// </summary>
internal sealed class IdBitSet : IDisposable
{
    private readonly ulong[] _words;
    private readonly List<int> _touched = [];

    public IdBitSet(int length)
    {
        var words = (length >> 6) + 1;
        _words = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(_words, 0, words);
    }

    /// <summary>Adds the id; false when it was there already.</summary>
    public bool Add(int id)
    {
        ref var word = ref _words[id >> 6];
        var bit = 1UL << (id & 63);
        if ((word & bit) != 0)
            return false;
        if (word == 0)
            _touched.Add(id >> 6);
        word |= bit;
        return true;
    }

    public void Clear()
    {
        foreach (var index in _touched)
            _words[index] = 0;
        _touched.Clear();
    }

    public void Dispose()
    {
        Clear();
        ArrayPool<ulong>.Shared.Return(_words);
    }
}
