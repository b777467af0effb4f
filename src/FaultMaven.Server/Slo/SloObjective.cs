namespace FaultMaven.Server.Slo;

/// <summary>One objective: the requests it counts (one endpoint group, or every group for availability), the share of them that must be
/// good, and for a latency objective how fast a good one is answered.</summary>
/// <param name="Name">The objective's name (<c>availability</c>, <c>api-latency</c>, <c>upload</c>, <c>knowledge-search</c>, <c>agent-turn</c>).</param>
/// <param name="Group">The endpoint group counted, or null for every group.</param>
/// <param name="Target">The share of good requests, between 0 and 1.</param>
/// <param name="Threshold">The latency within which a request is good, or null when only failures (5xx) count.</param>
/// <param name="Description">What the objective promises, in a sentence.</param>
internal sealed record SloObjective(string Name, string? Group, double Target, TimeSpan? Threshold, string Description)
{
    /// <summary>Gets the share of requests that may be bad: the error budget.</summary>
    public double ErrorBudget => 1 - Target;

    /// <summary>The statuses a latency objective does not count, as a Prometheus regular expression: 408 (the client did not send
    /// its body in time) and 499 (the client closed the request). Their duration is the client's (a body sent slowly, an answer not
    /// waited for), not the server's, and a slow client is not the server unavailable; availability still counts them, as good.</summary>
    public const string ClientTimedStatuses = "408|499";

    /// <summary>Whether a request that ended with <paramref name="status"/> is counted by this objective: every one by availability,
    /// all but <see cref="ClientTimedStatuses"/> by a latency objective.</summary>
    public bool Counts(int status) => Threshold is null || status is not (StatusCodes.Status408RequestTimeout or Problems.ProblemTypes.ClientClosedRequest);

    /// <summary>Whether a request that ended with <paramref name="status"/> after <paramref name="seconds"/> is good: no server error
    /// and, for a latency objective, answered within the threshold (as the histogram's <c>le</c> bucket counts it).</summary>
    public bool IsGood(int status, double seconds) => status < 500 && (Threshold is not { } threshold || seconds <= threshold.TotalSeconds);
}
