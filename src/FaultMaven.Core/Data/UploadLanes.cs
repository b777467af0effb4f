namespace FaultMaven.Core.Data;

/// <summary>Which lane an upload is processed in, by the text it expands to (not the bytes sent).</summary>
public enum UploadLane
{
    /// <summary>Plain text up to 1 MB: pastes and excerpts, never queued behind a large upload.</summary>
    Small,

    /// <summary>Up to <see cref="DataOptions.HugeUploadBytes"/> of text: every plain upload under the default upload limit.</summary>
    Large,

    /// <summary>More text than that: only compressed uploads get here. They take minutes; they have a lane of their own so that no
    /// other upload waits behind them.</summary>
    Huge,
}

/// <summary>Admits uploads to processing, lane by lane. Within the large and huge lanes a free place goes to the team waiting
/// longest for its turn, round robin, not to the upload that came first: one team's twenty uploads cannot put another team's one
/// behind all twenty, only behind those already running. A team may have at most <see cref="PerTeam"/> uploads running or
/// waiting in those lanes; past that it is refused at once (the caller says 503, Retry-After) instead of queueing without end.</summary>
public sealed class UploadLanes
{
    /// <summary>Uploads one team may have running or waiting in the large and huge lanes together.</summary>
    public const int PerTeam = 16;

    /// <summary>What a refused caller is told to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 10;

    private readonly FairLane _small;
    private readonly FairLane _large;
    private readonly FairLane _huge;
    private readonly Dictionary<string, int> _teams = new(StringComparer.Ordinal);

    /// <summary>Lanes sized for this machine: small as many as cores (at least 2), large half the cores (at least 1), huge 1.</summary>
    public UploadLanes()
        : this(Math.Max(2, Environment.ProcessorCount), Math.Max(1, Environment.ProcessorCount / 2), 1)
    {
    }

    /// <summary>Lanes with these many places.</summary>
    public UploadLanes(int small, int large, int huge)
    {
        _small = new FairLane(small);
        _large = new FairLane(large);
        _huge = new FairLane(huge);
    }

    /// <summary>Waits for a place in <paramref name="lane"/> for <paramref name="team"/>'s upload; null at once when the team already
    /// has its share of large work running or waiting. Disposing the place gives it to the next team in turn.</summary>
    public async Task<IDisposable?> EnterAsync(UploadLane lane, string team, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (lane == UploadLane.Small)
        {
            return await _small.EnterAsync(team, cancellationToken);
        }

        lock (_teams)
        {
            var held = _teams.GetValueOrDefault(team);
            if (held >= PerTeam)
            {
                return null;
            }

            _teams[team] = held + 1;
        }

        try
        {
            var place = await (lane == UploadLane.Huge ? _huge : _large).EnterAsync(team, cancellationToken);
            return new Counted(place, this, team);
        }
        catch
        {
            Leave(team);
            throw;
        }
    }

    /// <summary>Uploads waiting for a place in <paramref name="lane"/> now.</summary>
    public int Waiting(UploadLane lane) => (lane switch { UploadLane.Small => _small, UploadLane.Large => _large, _ => _huge }).Waiting;

    private void Leave(string team)
    {
        lock (_teams)
        {
            if (--_teams[team] == 0)
            {
                _teams.Remove(team);
            }
        }
    }

    private sealed class Counted(IDisposable place, UploadLanes owner, string team) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                place.Dispose();
                owner.Leave(team);
            }
        }
    }

    // A lane of fixed places; waiters queue per team, and teams take turns.
    private sealed class FairLane(int places)
    {
        private readonly Dictionary<string, Queue<TaskCompletionSource<bool>>> _waiting = new(StringComparer.Ordinal);
        private readonly LinkedList<string> _turns = new();
        private int _running;

        public int Waiting
        {
            get
            {
                lock (_waiting)
                {
                    return _waiting.Values.Sum(q => q.Count(t => !t.Task.IsCompleted));
                }
            }
        }

        public async Task<IDisposable> EnterAsync(string team, CancellationToken cancellationToken)
        {
            TaskCompletionSource<bool> turn;
            lock (_waiting)
            {
                if (_running < places && _turns.Count == 0)
                {
                    _running++;
                    return new Place(this);
                }

                turn = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_waiting.TryGetValue(team, out var queue))
                {
                    _waiting[team] = queue = new Queue<TaskCompletionSource<bool>>();
                    _turns.AddLast(team);
                }

                queue.Enqueue(turn);
            }

            try
            {
                await turn.Task.WaitAsync(cancellationToken);
                return new Place(this);
            }
            catch (OperationCanceledException)
            {
                lock (_waiting)
                {
                    // Given a place just as it was cancelled: the place passes on.
                    if (!turn.TrySetCanceled(cancellationToken))
                    {
                        Release();
                    }
                }

                throw;
            }
        }

        private void Release()
        {
            lock (_waiting)
            {
                // The team at the head of the turns gets the place, then goes to the back if it has more waiting. A waiter that
                // gave up is skipped (its turn is already cancelled).
                while (_turns.First is { } first)
                {
                    var queue = _waiting[first.Value];
                    var turn = queue.Dequeue();
                    _turns.RemoveFirst();
                    if (queue.Count > 0)
                    {
                        _turns.AddLast(first.Value);
                    }
                    else
                    {
                        _waiting.Remove(first.Value);
                    }

                    if (turn.TrySetResult(true))
                    {
                        return;
                    }
                }

                _running--;
            }
        }

        private sealed class Place(FairLane lane) : IDisposable
        {
            private int _done;

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _done, 1) == 0)
                {
                    lane.Release();
                }
            }
        }
    }
}
