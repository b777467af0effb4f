using FaultMaven.Core.Common;

namespace FaultMaven.Server.Endpoints;

/// <summary>Admits knowledge imports one at a time: each holds its whole document in memory (up to the upload limit, several copies
/// while it is read and chunked), so imports sent at once ran at once (4 × 10 MB: 1.1 GB resident). A few more may wait, each team
/// at most <see cref="PerTeam"/> in all, so one team's batch cannot hold every place. Past its team's share a caller is refused as
/// rate limited (429: its own excess); when every place is taken, as busy (503). Both say when to come back (Retry-After). An import
/// takes its place (<see cref="Admit"/>) before its body is read, so that at most <see cref="Running"/> + <see cref="Waiting"/> bodies
/// are held at once, and the running place (<see cref="Place.TurnAsync"/>) only once its body is in: a body sent slowly holds a
/// place of its own share, never the one others wait for. The last <see cref="KeptForNewTeams"/> places go only to teams that hold
/// none: a team with an import in already is past its share there (429), so slow bodies from a few teams cannot fill every place and
/// leave the other teams refused as busy for as long as they trickle.</summary>
internal sealed class KnowledgeImportQueue : IDisposable
{
    /// <summary>Imports processed at once.</summary>
    public const int Running = 1;

    /// <summary>Imports that may wait for their turn, in all.</summary>
    public const int Waiting = 4;

    /// <summary>Imports one team may have running or waiting.</summary>
    public const int PerTeam = 2;

    /// <summary>Places only a team holding none may take. Two: three teams' slow bodies (two, one and one) leave a fourth a place.</summary>
    public const int KeptForNewTeams = 2;

    /// <summary>What a refused caller is told to wait, in seconds.</summary>
    public const int RetryAfterSeconds = 5;

    private readonly SemaphoreSlim _slots = new(Running, Running);
    private readonly Dictionary<string, int> _teams = new(StringComparer.Ordinal);
    private int _admitted;

    /// <summary>Takes a place for the import, or refuses at once when the team's share of the queue
    /// (<see cref="FailureKind.RateLimited"/>) or the queue itself (<see cref="FailureKind.Busy"/>) is full. <paramref name="holder"/>
    /// names the share in the refusal ("Your team has"), so that it reads right with and without teams. The place is given back
    /// when it is disposed.</summary>
    public Outcome<Place> Admit(string team, string holder)
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

            if (held > 0 && Running + Waiting - _admitted <= KeptForNewTeams)
            {
                return Failure.RateLimited(
                    $"{holder} {held} knowledge import{(held == 1 ? "" : "s")} running or waiting, and the last places are kept for those that have none (imports are processed one at a time); retry after {RetryAfterSeconds} s.",
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

        return new Place(this, team);
    }

    /// <summary>Takes a place (<see cref="Admit"/>) and waits for its turn to run.</summary>
    public async Task<Outcome<IDisposable>> EnterAsync(string team, string holder, CancellationToken cancellationToken = default)
    {
        var admitted = Admit(team, holder);
        if (!admitted.Succeeded)
        {
            return admitted.Failure;
        }

        var place = admitted.Value;
        try
        {
            await place.TurnAsync(cancellationToken);
        }
        catch
        {
            place.Dispose();
            throw;
        }

        return place;
    }

    /// <summary>Places taken, running or waiting.</summary>
    internal int Admitted
    {
        get
        {
            lock (_teams)
            {
                return _admitted;
            }
        }
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

    /// <summary>An import's place in the queue; <see cref="TurnAsync"/> waits for it to run.</summary>
    public sealed class Place : IDisposable
    {
        private readonly KnowledgeImportQueue _owner;
        private readonly string _team;
        private int _running;
        private int _done;

        internal Place(KnowledgeImportQueue owner, string team)
        {
            _owner = owner;
            _team = team;
        }

        /// <summary>Waits until no other import runs; the import runs until the place is disposed.</summary>
        public async Task TurnAsync(CancellationToken cancellationToken)
        {
            await _owner._slots.WaitAsync(cancellationToken);
            Volatile.Write(ref _running, 1);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                _owner.Leave(_team, release: Volatile.Read(ref _running) == 1);
            }
        }
    }
}
