using FaultMaven.Core.Agent.SemanticCache;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Cached model answers held in this process (embedded): at most <see cref="ISemanticAnswerStore.MaxPerBucket"/> per bucket
/// and <see cref="MaxEntries"/> in all, the oldest making room; an expired answer is never given and is dropped when its bucket is
/// next read.</summary>
internal sealed class InProcessSemanticAnswerStore(TimeProvider timeProvider) : ISemanticAnswerStore
{
    /// <summary>The most answers held in all (a few MB with a 384-dimension embedder and answers of a few KB).</summary>
    public const int MaxEntries = 2048;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<CachedAnswer>> _buckets = new(StringComparer.Ordinal);
    // Every answer held, oldest first, so the oldest goes when the whole store is full.
    private readonly LinkedList<(string Bucket, CachedAnswer Answer)> _age = new();

    public Task<IReadOnlyList<CachedAnswer>> ListAsync(string bucket, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_buckets.TryGetValue(bucket, out var answers))
            {
                return Task.FromResult<IReadOnlyList<CachedAnswer>>([]);
            }

            answers.RemoveAll(a => a.ExpiresAt <= now);
            if (answers.Count == 0)
            {
                _buckets.Remove(bucket);
            }

            return Task.FromResult<IReadOnlyList<CachedAnswer>>([.. Enumerable.Reverse(answers)]);
        }
    }

    public Task AddAsync(string bucket, CachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_gate)
        {
            if (!_buckets.TryGetValue(bucket, out var answers))
            {
                _buckets[bucket] = answers = [];
            }

            answers.Add(answer);
            _age.AddLast((bucket, answer));
            if (answers.Count > ISemanticAnswerStore.MaxPerBucket)
            {
                answers.RemoveAt(0);
            }

            // The age list may still hold answers already dropped from their bucket (expired or pushed out): they count against the
            // bound until they reach its head, so fewer may be held than the bound, never more.
            while (_age.Count > MaxEntries)
            {
                var (oldBucket, oldAnswer) = _age.First!.Value;
                _age.RemoveFirst();
                if (_buckets.TryGetValue(oldBucket, out var held) && held.Remove(oldAnswer) && held.Count == 0)
                {
                    _buckets.Remove(oldBucket);
                }
            }
        }

        return Task.CompletedTask;
    }
}
