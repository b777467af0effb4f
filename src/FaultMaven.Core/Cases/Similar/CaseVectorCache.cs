namespace FaultMaven.Core.Cases.Similar;

/// <summary>Resolved cases' vectors in memory, at most <paramref name="capacity"/> of them: the store keeps them all, so past that the
/// oldest added is dropped (and read back from the store when a search needs it again). Thread-safe.</summary>
internal sealed class CaseVectorCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (CaseVectorKey Key, float[] Vector)> _entries = new(StringComparer.Ordinal);

    // Every case id in _entries once, oldest first.
    private readonly Queue<string> _order = new();

    /// <summary>Gets how many vectors are held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Gets the vector kept for exactly this key (same case, team and text); a case's vector for other text does not count.</summary>
    public bool TryGet(CaseVectorKey key, out float[] vector)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key.CaseId, out var entry) && entry.Key == key)
            {
                vector = entry.Vector;
                return true;
            }
        }

        vector = [];
        return false;
    }

    /// <summary>Keeps a case's vector, in place of the one it had; drops the oldest past the capacity.</summary>
    public void Set(CaseVectorKey key, float[] vector)
    {
        lock (_gate)
        {
            if (!_entries.ContainsKey(key.CaseId))
            {
                _order.Enqueue(key.CaseId);
            }

            _entries[key.CaseId] = (key, vector);
            while (_entries.Count > capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }
}
