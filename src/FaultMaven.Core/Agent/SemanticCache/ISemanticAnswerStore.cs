namespace FaultMaven.Core.Agent.SemanticCache;

/// <summary>Where cached model answers live, by bucket (a hash of the team, the model and the evidence): in the process when embedded,
/// in Redis when scaled out. A store keeps at most <see cref="MaxPerBucket"/> answers per bucket, the newest, and never gives one
/// past its <see cref="CachedAnswer.ExpiresAt"/>. A store that cannot be reached answers "nothing cached" rather than failing a turn.</summary>
public interface ISemanticAnswerStore
{
    /// <summary>The most answers a bucket keeps; an older one makes room for a new one.</summary>
    const int MaxPerBucket = 16;

    /// <summary>The largest answer kept, in characters; a longer one is not cached.</summary>
    const int MaxAnswerChars = 200_000;

    /// <summary>Gets the bucket's answers that have not expired, newest first.</summary>
    Task<IReadOnlyList<CachedAnswer>> ListAsync(string bucket, CancellationToken cancellationToken = default);

    /// <summary>Adds an answer to the bucket, dropping the oldest beyond <see cref="MaxPerBucket"/>.</summary>
    Task AddAsync(string bucket, CachedAnswer answer, CancellationToken cancellationToken = default);
}
