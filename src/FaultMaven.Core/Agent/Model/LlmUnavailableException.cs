namespace FaultMaven.Core.Agent.Model;

/// <summary>Every provider failed (or has its circuit open) for this request.</summary>
public sealed class LlmUnavailableException(string message, IReadOnlyList<Exception> failures) : Exception(message, failures.Count > 0 ? failures[0] : null)
{
    /// <summary>Gets each provider's failure, in the order they were tried.</summary>
    public IReadOnlyList<Exception> Failures { get; } = failures;
}
