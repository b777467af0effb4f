namespace FaultMaven.Core.Common;

/// <summary>Lets one request at a time work under an idempotency key, across every server instance: a retry that arrives while the
/// first attempt is still running waits for it, then finds its result instead of doing the work again.</summary>
public interface IIdempotencyGate
{
    /// <summary>Waits until no other request holds <paramref name="key"/>, then holds it until the returned handle is disposed.</summary>
    ValueTask<IAsyncDisposable> EnterAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>The gate of a single instance: a lock per key, in memory.</summary>
public sealed class LocalIdempotencyGate : IIdempotencyGate
{
    private readonly Dictionary<string, (SemaphoreSlim Lock, int Users)> _locks = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public async ValueTask<IAsyncDisposable> EnterAsync(string key, CancellationToken cancellationToken = default)
    {
        SemaphoreSlim gate;
        lock (_locks)
        {
            var entry = _locks.TryGetValue(key, out var found) ? found : (new SemaphoreSlim(1, 1), 0);
            _locks[key] = (entry.Item1, entry.Item2 + 1);
            gate = entry.Item1;
        }

        try
        {
            await gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, release: false);
            throw;
        }

        return new Handle(this, key);
    }

    private void Leave(string key, bool release)
    {
        lock (_locks)
        {
            var (gate, users) = _locks[key];
            if (release)
            {
                gate.Release();
            }

            if (users == 1)
            {
                _locks.Remove(key);
                gate.Dispose();
            }
            else
            {
                _locks[key] = (gate, users - 1);
            }
        }
    }

    private sealed class Handle(LocalIdempotencyGate owner, string key) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Leave(key, release: true);
            }

            return ValueTask.CompletedTask;
        }
    }
}
