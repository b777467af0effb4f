namespace FaultMaven.Core.Cases;

/// <summary>What the store did with a turn draft.</summary>
public enum AppendTurnStatus
{
    /// <summary>The turn was appended.</summary>
    Appended,

    /// <summary>The idempotency key was seen before with the same request; the earlier turn is returned.</summary>
    Replayed,

    /// <summary>The idempotency key was seen before with a different request; nothing was appended.</summary>
    KeyReused,

    /// <summary>The case does not exist.</summary>
    CaseNotFound,

    /// <summary>The case is resolved or closed; nothing was appended.</summary>
    CaseFinal,
}
