namespace FaultMaven.Core.Cases;

/// <summary>The result of appending a turn.</summary>
/// <param name="Turn">The stored turn.</param>
/// <param name="Replayed">True when an earlier request with the same idempotency key had already appended it.</param>
public sealed record AppendedTurn(Turn Turn, bool Replayed);
