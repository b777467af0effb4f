using System.Runtime.InteropServices;

namespace FaultMaven.Core.Knowledge.Search;

/// <summary>One chunk to index: its document, the document's title, its heading path and its text.</summary>
public sealed record IndexedChunk(string ChunkId, string DocumentId, string Title, IReadOnlyList<string> HeadingPath, string Text);

/// <summary>A chunk that matched, with its BM25F score.</summary>
public sealed record ChunkHit(string ChunkId, string DocumentId, double Score);

/// <summary>An in-memory BM25F index over chunks: the document title counts three times, the heading path twice, the body once,
/// with BM25 saturation (k1 4.0, b 1.0) over the weighted length, and one round of pseudo-relevance feedback. Thread-safe: searches run in parallel, changes one at a time.
/// Removing a document's chunks leaves tombstones that searches skip; the index compacts when a quarter of it is dead.</summary>
public sealed class LexicalIndex : IDisposable
{
    // Little saturation and full length normalisation: a term repeated in a long runbook section keeps counting, and a long
    // section does not win on length. Chosen on the runbook benchmark with leave-one-style-out (docs/BENCHMARKS.md, issue 22).
    private const float K1 = 4.0f;
    private const float B = 1.0f;
    private const int TitleWeight = 3;
    private const int HeadingWeight = 2;
    private const int FeedbackPassages = 10;
    private const int FeedbackTerms = 10;
    private const float FeedbackWeight = 0.35f;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<List<Posting>> _postings = [];
    private readonly List<int> _documentFrequency = [];
    private readonly List<Entry> _chunks = [];
    // Each chunk's weighted length beside the postings, -1 once removed: the scoring loop reads it for every posting, and a
    // contiguous list keeps that read in cache where the entry objects would not be.
    private readonly List<float> _lengths = [];
    private readonly Dictionary<string, List<int>> _byDocument = new(StringComparer.Ordinal);
    [ThreadStatic]
    private static float[]? t_scores;
    // The chunks a search touched, in the order it touched them; per thread like the scores, because a list grown to 100k entries
    // per search put ~1 MB on the large-object heap each time, and the full collections that follow set the tail latency.
    [ThreadStatic]
    private static int[]? t_touched;

    private long _totalLength;
    private int _live;

    /// <summary>Gets the number of live chunks.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _live;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    /// <summary>Replaces every chunk of the documents named in <paramref name="chunks"/> by these (one atomic change).</summary>
    public void Replace(IReadOnlyCollection<IndexedChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var tokenized = chunks.Select(c => (Chunk: c, Terms: Weigh(c))).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var documentId in chunks.Select(c => c.DocumentId).Distinct())
            {
                RemoveLocked(documentId);
            }

            foreach (var (chunk, terms) in tokenized)
            {
                AddLocked(chunk, terms);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes every chunk of a document.</summary>
    public void Remove(string documentId)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(documentId);
            if (_chunks.Count > 1024 && _live < _chunks.Count * 3 / 4)
            {
                CompactLocked();
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Returns the best chunks for <paramref name="query"/>, highest score first; <paramref name="accept"/> filters by document id.
    /// The query is run twice: the terms that dominate the first run's best passages are added, at a lower weight, to the second
    /// (pseudo-relevance feedback), so among the chunks that match, those using the words of the best passages — a paraphrase's
    /// or a log excerpt's runbook — rise.</summary>
    public List<ChunkHit> Search(string query, int limit, Func<string, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var counts = TechnicalTokenizer.Tokenize(QueryFocus.Apply(query)).GroupBy(t => t, StringComparer.Ordinal).Select(g => (Term: g.Key, Count: g.Count())).ToList();
        _lock.EnterReadLock();
        try
        {
            if (_live == 0 || counts.Count == 0)
            {
                return [];
            }

            var weights = new Dictionary<int, float>();
            foreach (var (term, count) in counts)
            {
                if (_terms.TryGetValue(term, out var id) && _documentFrequency[id] > 0)
                {
                    // A term repeated in a long query (a log excerpt) counts a little more, not linearly.
                    weights[id] = 1 + MathF.Log(count);
                }
            }

            if (weights.Count == 0)
            {
                return [];
            }

            // Zeroed once, cleaned after every search (only the touched entries); ArrayPool's arrays come uninitialised.
            var scores = t_scores is { } cached && cached.Length >= _chunks.Count ? cached : t_scores = new float[Math.Max(1024, _chunks.Count * 5 / 4)];
            // A chunk is touched once (its score goes from 0 to above 0), so the chunk count bounds the touched count.
            var touched = t_touched is { } seen && seen.Length >= _chunks.Count ? seen : t_touched = new int[Math.Max(1024, _chunks.Count * 5 / 4)];
            var touchedCount = 0;
            try
            {
                // The second run only adds the new terms' share to the first run's scores.
                Accumulate(weights, scores, touched, ref touchedCount);
                var expansion = Expansion(weights, scores, Best(scores, touched.AsSpan(0, touchedCount), FeedbackPassages, accept));
                // Feedback re-ranks what the query matched; a chunk holding none of the query's words is not a result.
                var matched = touchedCount;
                Accumulate(expansion, scores, touched, ref touchedCount);
                var best = Best(scores, touched.AsSpan(0, matched), limit, accept);
                var hits = new List<ChunkHit>(best.Length);
                foreach (var chunk in best)
                {
                    hits.Add(new ChunkHit(_chunks[chunk].ChunkId, _chunks[chunk].DocumentId, scores[chunk]));
                }

                return hits;
            }
            finally
            {
                foreach (var chunk in touched.AsSpan(0, touchedCount))
                {
                    scores[chunk] = 0;
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The terms that weigh most in the first run's best passages (share of the passage × idf, summed, each passage
    /// counted by its score relative to the best), at up to <see cref="FeedbackWeight"/> of a query term.</summary>
    private Dictionary<int, float> Expansion(Dictionary<int, float> query, float[] scores, int[] passages)
    {
        var candidates = new Dictionary<int, float>();
        foreach (var chunk in passages)
        {
            var entry = _chunks[chunk];
            var relative = scores[chunk] / scores[passages[0]];
            for (var i = 0; i < entry.Terms.Length; i++)
            {
                var id = entry.Terms[i];
                if (!query.ContainsKey(id))
                {
                    candidates[id] = candidates.GetValueOrDefault(id) + relative * entry.Frequencies[i] / entry.Length * Idf(id);
                }
            }
        }

        var chosen = candidates.OrderByDescending(c => c.Value).Take(FeedbackTerms).ToList();
        return chosen.Count == 0 ? [] : chosen.ToDictionary(c => c.Key, c => FeedbackWeight * c.Value / chosen[0].Value);
    }

    private float Idf(int id)
    {
        var df = _documentFrequency[id];
        return (float)Math.Log(1 + (_live - df + 0.5) / (df + 0.5));
    }

    /// <summary>Adds every weighted term's BM25F share to the chunks holding it.</summary>
    private void Accumulate(Dictionary<int, float> weights, float[] scores, int[] touched, ref int touchedCount)
    {
        var averageLength = (float)_totalLength / _live;
        var lengths = CollectionsMarshal.AsSpan(_lengths);
        foreach (var (id, weight) in weights)
        {
            var queryWeight = Idf(id) * weight * (K1 + 1);
            foreach (var posting in CollectionsMarshal.AsSpan(_postings[id]))
            {
                var length = lengths[posting.Chunk];
                if (length < 0)
                {
                    continue;
                }

                var share = queryWeight * posting.Frequency / (posting.Frequency + K1 * (1 - B + B * length / averageLength));
                // A share that underflowed to 0 would leave the chunk at 0 and let a later term list it in the buffer a second time.
                if (!(share > 0))
                {
                    continue;
                }

                if (scores[posting.Chunk] == 0)
                {
                    touched[touchedCount++] = posting.Chunk;
                }

                scores[posting.Chunk] += share;
            }
        }
    }

    /// <summary>The best <paramref name="limit"/> accepted chunks, highest first, by a min-heap: O(n log k) over everything
    /// touched instead of sorting it all.</summary>
    private int[] Best(float[] scores, ReadOnlySpan<int> touched, int limit, Func<string, bool>? accept)
    {
        var best = new PriorityQueue<int, float>(limit + 1);
        foreach (var chunk in touched)
        {
            var score = scores[chunk];
            if (best.Count == limit && (!best.TryPeek(out _, out var lowest) || score <= lowest))
            {
                continue;
            }

            if (accept is not null && !accept(_chunks[chunk].DocumentId))
            {
                continue;
            }

            best.Enqueue(chunk, score);
            if (best.Count > limit)
            {
                best.Dequeue();
            }
        }

        var ordered = new int[best.Count];
        for (var i = ordered.Length - 1; i >= 0; i--)
        {
            ordered[i] = best.Dequeue();
        }

        return ordered;
    }

    /// <summary>Term frequencies of a chunk with the field weights applied, and its weighted length.</summary>
    private static (Dictionary<string, int> Frequencies, int Length) Weigh(IndexedChunk chunk)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        void Count(string text, int weight)
        {
            foreach (var term in TechnicalTokenizer.Tokenize(text))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
                length += weight;
            }
        }

        Count(chunk.Title, TitleWeight);
        Count(string.Join(' ', chunk.HeadingPath), HeadingWeight);
        Count(chunk.Text, 1);
        return (frequencies, length);
    }

    private void AddLocked(IndexedChunk chunk, (Dictionary<string, int> Frequencies, int Length) terms)
    {
        var index = _chunks.Count;
        var ids = new int[terms.Frequencies.Count];
        var frequencies = new int[terms.Frequencies.Count];
        var n = 0;
        foreach (var (term, frequency) in terms.Frequencies)
        {
            if (!_terms.TryGetValue(term, out var id))
            {
                id = _postings.Count;
                _terms[term] = id;
                _postings.Add([]);
                _documentFrequency.Add(0);
            }

            _postings[id].Add(new Posting(index, frequency));
            _documentFrequency[id]++;
            frequencies[n] = frequency;
            ids[n++] = id;
        }

        _chunks.Add(new Entry(chunk.ChunkId, chunk.DocumentId, terms.Length, ids, frequencies));
        _lengths.Add(terms.Length);
        if (!_byDocument.TryGetValue(chunk.DocumentId, out var list))
        {
            _byDocument[chunk.DocumentId] = list = [];
        }

        list.Add(index);
        _totalLength += terms.Length;
        _live++;
    }

    private void RemoveLocked(string documentId)
    {
        if (!_byDocument.Remove(documentId, out var indexes))
        {
            return;
        }

        foreach (var index in indexes)
        {
            var entry = _chunks[index];
            foreach (var id in entry.Terms)
            {
                _documentFrequency[id]--;
            }

            _chunks[index] = entry with { Dead = true };
            _lengths[index] = -1;
            _totalLength -= entry.Length;
            _live--;
        }
    }

    private void CompactLocked()
    {
        var remap = new int[_chunks.Count];
        var kept = new List<Entry>(_live);
        for (var i = 0; i < _chunks.Count; i++)
        {
            remap[i] = _chunks[i].Dead ? -1 : kept.Count;
            if (!_chunks[i].Dead)
            {
                kept.Add(_chunks[i]);
            }
        }

        for (var id = 0; id < _postings.Count; id++)
        {
            _postings[id] = _postings[id].Where(p => remap[p.Chunk] >= 0).Select(p => p with { Chunk = remap[p.Chunk] }).ToList();
        }

        _chunks.Clear();
        _chunks.AddRange(kept);
        _lengths.Clear();
        _lengths.AddRange(kept.Select(e => (float)e.Length));
        foreach (var list in _byDocument.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = remap[list[i]];
            }
        }
    }

    private readonly record struct Posting(int Chunk, int Frequency);

    private sealed record Entry(string ChunkId, string DocumentId, int Length, int[] Terms, int[] Frequencies)
    {
        public bool Dead { get; init; }
    }
}
