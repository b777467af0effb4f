using FaultMaven.Core.Common;

namespace FaultMaven.Server.Endpoints;

/// <summary>Admits knowledge imports one at a time: each holds its whole document in memory (up to the upload limit, several copies
/// while it is read and chunked), so imports sent at once ran at once (4 × 10 MB: 1.1 GB resident). A few more may wait, each team
/// at most <see cref="PerTeam"/> in all, so one team's batch cannot hold every place. Past its team's share a caller is refused as
/// rate limited (429: its own excess); when every place is taken, as busy (503). Both say when to come back (Retry-After). An import
/// is admitted before its body is read, so a waiting one holds no memory.</summary>
internal sealed class KnowledgeImportQueue : IDisposable
{
    /// <summary>Imports processed at once.</summary>
    public const int Running = 1;

    /// <summary>Imports that may wait for their turn, in all.</summary>
    public const int Waiting = 4;

    /// <summary>Imports one team may have running or waiting.</summary>
    public const int PerTeam = 2;

    /// <summary>What a refused caller is told to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    private readonly SemaphoreSlim _slots = new(Running, Running);
    private readonly Dictionary<string, int> _teams = new(StringComparer.Ordinal);
    private int _admitted;

    /// <summary>Waits for the import's turn; a failure at once when the team's share of the queue (<see cref="FailureKind.RateLimited"/>)
    /// or the queue itself (<see cref="FailureKind.Busy"/>) is full. <paramref name="holder"/> names the share in the refusal ("Your
    /// team has"), so that it reads right with and without teams.</summary>
    public async Task<Outcome<IDisposable>> EnterAsync(string team, string holder, CancellationToken cancellationToken = default)
    {
        lock (_teams)
        {
            var held = _teams.GetValueOrDefault(team);
            if (held >= PerTeam)
            {
                return Failure.RateLimited(
                    $"{holder} {held} knowledge imports running or waiting, the most one share may have (imports are processed one at a time); retry after {RetryAfterSeconds} s.",
                    TimeSpan.FromSeconds(RetryAfterSeconds));
            }

            if (_admitted >= Running + Waiting)
            {
                return new Failure(FailureKind.Busy,
                    $"Knowledge imports are processed one at a time and {_admitted} are already running or waiting, the most there may be; retry after {RetryAfterSeconds} s.")
                { RetryAfter = TimeSpan.FromSeconds(RetryAfterSeconds) };
            }

            _admitted++;
            _teams[team] = held + 1;
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(team, release: false);
            throw;
        }

        return new Turn(this, team);
    }

    /// <inheritdoc/>
    public void Dispose() => _slots.Dispose();

    private void Leave(string team, bool release)
    {
        if (release)
        {
            _slots.Release();
        }

        lock (_teams)
        {
            _admitted--;
            if (--_teams[team] == 0)
            {
                _teams.Remove(team);
            }
        }
    }

    private sealed class Turn(KnowledgeImportQueue owner, string team) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                owner.Leave(team, release: true);
            }
        }
    }
}
