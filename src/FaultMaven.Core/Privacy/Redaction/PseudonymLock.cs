using FaultMaven.Core.Common;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>One redaction at a time per case, from loading its pseudonyms to saving the new ones. Each map numbers new values from
/// what it loaded, so two at once would both hand out <c>&lt;EMAIL_2&gt;</c>, to different addresses, and the store would keep only
/// the first: the second text would then be restored with the wrong person's address, and the model would read two people as one.
/// The gate is the process's lock per key, or Redis's when several instances share the stores.</summary>
public static class PseudonymLock
{
    /// <summary>Waits until no other redaction holds the pseudonyms of <paramref name="scope"/>, then holds them until disposed.</summary>
    public static ValueTask<IAsyncDisposable> HoldPseudonymsAsync(this IIdempotencyGate gate, string scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return gate.EnterAsync("pseudonyms:" + scope, cancellationToken);
    }
}
