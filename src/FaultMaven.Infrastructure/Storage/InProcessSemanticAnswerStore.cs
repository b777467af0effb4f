using FaultMaven.Core.Agent.SemanticCache;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Cached model answers held in this process (embedded): at most <see cref="ISemanticAnswerStore.MaxPerBucket"/> per bucket,
/// <see cref="ISemanticAnswerStore.MaxBucketsPerScope"/> buckets per team and <see cref="MaxEntries"/> answers in all. When the whole
/// store is full, the team holding the most answers gives up its oldest, so a busy team pushes out its own answers and a quiet team
/// keeps its share. An expired answer is never given and is dropped when its bucket is next read.</summary>
internal sealed class InProcessSemanticAnswerStore(TimeProvider timeProvider) : ISemanticAnswerStore
{
    /// <summary>The most answers held in all (a few MB with a 384-dimension embedder and answers of a few KB).</summary>
    public const int MaxEntries = 2048;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scope> _scopes = new(StringComparer.Ordinal);
    private int _count;

    public Task<IReadOnlyList<CachedAnswer>> ListAsync(string scope, string bucket, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            // A bucket is read only in the scope that wrote it.
            if (!_buckets.TryGetValue(bucket, out var held) || held.Scope.Name != scope)
            {
                return Task.FromResult<IReadOnlyList<CachedAnswer>>([]);
            }

            while (held.Answers.FirstOrDefault(a => a.ExpiresAt <= now) is { } expired)
            {
                RemoveAnswer(held, expired);
            }

            return Task.FromResult<IReadOnlyList<CachedAnswer>>([.. Enumerable.Reverse(held.Answers)]);
        }
    }

    public Task AddAsync(string scope, string bucket, CachedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        lock (_gate)
        {
            if (_buckets.TryGetValue(bucket, out var held) && held.Scope.Name != scope)
            {
                // Another scope's bucket of the same name (cannot happen with hashed names): it is not written across.
                return Task.CompletedTask;
            }

            if (!_scopes.TryGetValue(scope, out var owner))
            {
                _scopes[scope] = owner = new Scope(scope);
            }

            if (held is null)
            {
                _buckets[bucket] = held = new Bucket(bucket, owner);
                held.Node = owner.Buckets.AddLast(held);
            }
            else
            {
                // Written last: the scope's bucket written longest ago goes first.
                owner.Buckets.Remove(held.Node!);
                owner.Buckets.AddLast(held.Node!);
            }

            held.Answers.Add(answer);
            owner.Count++;
            _count++;
            if (held.Answers.Count > ISemanticAnswerStore.MaxPerBucket)
            {
                RemoveAnswer(held, held.Answers[0]);
            }

            while (owner.Buckets.Count > ISemanticAnswerStore.MaxBucketsPerScope)
            {
                RemoveBucket(owner.Buckets.First!.Value);
            }

            while (_count > MaxEntries)
            {
                // The scope holding the most gives up the oldest answer of its bucket written longest ago.
                var fullest = _scopes.Values.MaxBy(s => s.Count)!;
                var oldest = fullest.Buckets.First!.Value;
                RemoveAnswer(oldest, oldest.Answers[0]);
            }
        }

        return Task.CompletedTask;
    }

    private void RemoveAnswer(Bucket bucket, CachedAnswer answer)
    {
        if (!bucket.Answers.Remove(answer))
        {
            return;
        }

        bucket.Scope.Count--;
        _count--;
        if (bucket.Answers.Count == 0)
        {
            RemoveBucket(bucket);
        }
    }

    private void RemoveBucket(Bucket bucket)
    {
        _buckets.Remove(bucket.Name);
        bucket.Scope.Buckets.Remove(bucket.Node!);
        bucket.Scope.Count -= bucket.Answers.Count;
        _count -= bucket.Answers.Count;
        bucket.Answers.Clear();
        if (bucket.Scope.Buckets.Count == 0)
        {
            _scopes.Remove(bucket.Scope.Name);
        }
    }

    private sealed class Scope(string name)
    {
        public string Name { get; } = name;

        // Least recently written first.
        public LinkedList<Bucket> Buckets { get; } = new();

        public int Count { get; set; }
    }

    private sealed class Bucket(string name, Scope scope)
    {
        public string Name { get; } = name;

        public Scope Scope { get; } = scope;

        // Oldest first.
        public List<CachedAnswer> Answers { get; } = [];

        public LinkedListNode<Bucket>? Node { get; set; }
    }
}
