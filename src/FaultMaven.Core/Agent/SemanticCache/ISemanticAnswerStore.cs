namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>Where cached model answers live, by bucket (a hash of the team, the model and the evidence) within the scope (team) that
/// wrote them: in the process when embedded, in Redis when scaled out. A store keeps at most <see cref="MaxPerBucket"/> answers per
/// bucket, the newest, and per scope at most <see cref="MaxBucketsPerScope"/> buckets, those written last, so one team filling the
/// cache pushes out its own answers, not another team's. It never gives an answer past its <see cref="CachedAnswer.ExpiresAt"/>.
/// A store that cannot be reached throws on <see cref="ListAsync"/> (the cache counts an error and the model answers) and keeps
/// nothing on <see cref="AddAsync"/>.</summary>
public interface ISemanticAnswerStore
{
    /// <summary>The most answers a bucket keeps; an older one makes room for a new one.</summary>
    const int MaxPerBucket = 16;

    /// <summary>The most buckets one scope (team) keeps; the one written longest ago makes room for a new one.</summary>
    const int MaxBucketsPerScope = 128;

    /// <summary>The largest answer kept, in characters; a longer one is not cached.</summary>
    const int MaxAnswerChars = 200_000;

    /// <summary>Gets the bucket's answers that have not expired, newest first.</summary>
    Task<IReadOnlyList<CachedAnswer>> ListAsync(string scope, string bucket, CancellationToken cancellationToken = default);

    /// <summary>Adds an answer to the bucket, dropping the oldest beyond <see cref="MaxPerBucket"/> and the scope's buckets written
    /// longest ago beyond <see cref="MaxBucketsPerScope"/>.</summary>
    Task AddAsync(string scope, string bucket, CachedAnswer answer, CancellationToken cancellationToken = default);
}
