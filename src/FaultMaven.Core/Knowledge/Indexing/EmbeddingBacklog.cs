namespace FaultMaven.Core.Knowledge.Indexing;

/// <summary>The documents waiting for vectors, one first-in-first-out line per team and the lines served in turn: the indexer takes
/// one batch of chunks from the next team's first document and then moves on, so one team's import of tens of thousands of chunks
/// shares the embedder with every other team's instead of holding it until it is done. Counts each team's waiting chunks, which
/// bounds what a team may add (<see cref="MaxChunksPerTeam"/>). Thread-safe; every operation is constant time but the removal of
/// a document, which is linear in its team's line.</summary>
public sealed class EmbeddingBacklog : IDisposable
{
    /// <summary>Chunks one team may have waiting for vectors: an import that would take the team past it is refused before it is
    /// stored (<see cref="TryReserve"/>), and a document of more chunks than this on its own is refused outright.</summary>
    public const int MaxChunksPerTeam = 20_000;

    /// <summary>Chunks that may wait for vectors, all teams together, before any further import is refused: five teams' shares, so
    /// that many teams each within their share cannot grow the backlog (and the memory and the lexical-only search it means) without
    /// end. Past it the service is busy (503) for a team within its share; a team past its own share is refused for its own excess.</summary>
    public const int MaxChunksInAll = 5 * MaxChunksPerTeam;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedList<string>> _lines = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _turns = new();
    private readonly Dictionary<string, (string Team, int Chunks, long QueuedAt)> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _chunks = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private int _total;

    /// <summary>Adds a document to its team's line; a document already waiting keeps its place (it is embedded for its text then).</summary>
    /// <returns>False when it was already waiting.</returns>
    public bool Add(string documentId, string team, int chunks, long queuedAt)
    {
        lock (_gate)
        {
            if (_waiting.TryGetValue(documentId, out var known))
            {
                // A released document's team may have no count left (Release).
                _chunks[known.Team] = _chunks.GetValueOrDefault(known.Team) + chunks - known.Chunks;
                _total += chunks - known.Chunks;
                _waiting[documentId] = known with { Chunks = chunks };
                return false;
            }

            _waiting[documentId] = (team, chunks, queuedAt);
            _chunks[team] = _chunks.GetValueOrDefault(team) + chunks;
            _total += chunks;
            if (!_lines.TryGetValue(team, out var line))
            {
                _lines[team] = line = new LinkedList<string>();
                _turns.AddLast(team);
            }

            line.AddLast(documentId);
        }

        _signal.Release();
        return true;
    }

    /// <summary>Adds a document to its team's line when the team stays within <see cref="MaxChunksPerTeam"/> and all teams within
    /// <see cref="MaxChunksInAll"/> with its <paramref name="chunks"/> (a document already waiting counts for its new size only),
    /// checked and added in one step so that imports at once cannot pass the bound together. <see cref="Add"/> for the same
    /// document afterwards keeps the place.</summary>
    public BacklogReservation TryReserve(string documentId, string team, int chunks, long queuedAt)
    {
        lock (_gate)
        {
            var known = _waiting.TryGetValue(documentId, out var found) ? found.Chunks : 0;
            if (chunks > MaxChunksPerTeam)
            {
                return BacklogReservation.LargerThanShare;
            }

            if (_chunks.GetValueOrDefault(team) - known + chunks > MaxChunksPerTeam)
            {
                return BacklogReservation.PastTeamShare;
            }

            if (_total - known + chunks > MaxChunksInAll)
            {
                return BacklogReservation.PastAll;
            }

            // Added under the same lock: no other import sees the team's count without these chunks.
            Add(documentId, team, chunks, queuedAt);
            return BacklogReservation.Reserved;
        }
    }

    /// <summary>Waits for the next team's first document and moves that team to the back of the turns; the document stays first
    /// in its line until <see cref="Done"/> (a large one is served a batch per turn).</summary>
    public async Task<(string DocumentId, long QueuedAt)> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _signal.WaitAsync(cancellationToken);
            lock (_gate)
            {
                while (_turns.First is { } turn)
                {
                    _turns.RemoveFirst();
                    if (_lines.TryGetValue(turn.Value, out var line) && line.First is { } first)
                    {
                        _turns.AddLast(turn.Value);
                        // The signal counts documents; a document served again (its next batch) takes its signal back.
                        _signal.Release();
                        return (first.Value, _waiting[first.Value].QueuedAt);
                    }

                    _lines.Remove(turn.Value);
                }
            }
        }
    }

    /// <summary>Stops counting a waiting document's chunks (it was deleted, or reserved and never stored) while it keeps its place,
    /// so the indexer still meets it in its turn and drops it there (the indexer alone holds what was embedded of it).</summary>
    public void Release(string documentId)
    {
        lock (_gate)
        {
            if (!_waiting.TryGetValue(documentId, out var known) || known.Chunks == 0)
            {
                return;
            }

            _total -= known.Chunks;
            if ((_chunks[known.Team] -= known.Chunks) <= 0)
            {
                _chunks.Remove(known.Team);
            }

            _waiting[documentId] = known with { Chunks = 0 };
        }
    }

    /// <summary>Takes a document off its line: it has its vectors, or it no longer needs them.</summary>
    public void Done(string documentId)
    {
        lock (_gate)
        {
            if (!_waiting.Remove(documentId, out var known))
            {
                return;
            }

            _total -= known.Chunks;
            if (known.Chunks > 0 && (_chunks[known.Team] -= known.Chunks) <= 0)
            {
                _chunks.Remove(known.Team);
            }

            if (_lines.TryGetValue(known.Team, out var line))
            {
                line.Remove(documentId);
                if (line.Count == 0)
                {
                    _lines.Remove(known.Team);
                    _turns.Remove(known.Team);
                }
            }
        }

        // One document fewer: its signal goes (without waiting, in case it was already taken by a wait that found the line empty).
        _signal.Wait(0);
    }

    /// <inheritdoc/>
    public void Dispose() => _signal.Dispose();

    /// <summary>Gets how many chunks a team has waiting for vectors.</summary>
    public int ChunksWaiting(string team)
    {
        lock (_gate)
        {
            return _chunks.GetValueOrDefault(team);
        }
    }

    /// <summary>Gets how many documents wait, all teams together.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Gets how many chunks wait for vectors, all teams together.</summary>
    public int ChunksWaitingInAll
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Gets whether the backlog of all teams together has room for another chunk (below <see cref="MaxChunksInAll"/>).</summary>
    public bool AdmitsInAll() => ChunksWaitingInAll < MaxChunksInAll;

    /// <summary>Gets whether a team has room for another chunk (below <see cref="MaxChunksPerTeam"/>): an import is refused before its
    /// body is read when it has none; how many its document adds is checked once it is cut (<see cref="TryReserve"/>).</summary>
    public bool Admits(string team) => ChunksWaiting(team) < MaxChunksPerTeam;
}

/// <summary>What <see cref="EmbeddingBacklog.TryReserve"/> decided.</summary>
public enum BacklogReservation
{
    /// <summary>The document waits in its team's line.</summary>
    Reserved,

    /// <summary>The document alone has more chunks than a team may have waiting: it can never be taken whole.</summary>
    LargerThanShare,

    /// <summary>The team's chunks waiting and the document's together pass the team's share: the team's own excess.</summary>
    PastTeamShare,

    /// <summary>All teams' chunks waiting and the document's together pass the bound of all: others' excess.</summary>
    PastAll,
}
