namespace FaultMaven.Infrastructure.Storage;

/// <summary>Runs a step (a schema migration) once per process, the first time it is needed: callers that come meanwhile wait for
/// it, and a run that failed is tried again by the next caller.</summary>
internal sealed class OnceGate(Func<CancellationToken, Task> step) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _done;

    /// <summary>Gets whether the step has completed.</summary>
    public bool Done => _done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await step(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
