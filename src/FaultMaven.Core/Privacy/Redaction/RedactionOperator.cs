namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>What happens to a recognised value.</summary>
public enum RedactionOperator
{
    /// <summary>Replaced by its type: <c>&lt;EMAIL&gt;</c>.</summary>
    Redact,

    /// <summary>Replaced by a pseudonym that is the same for the same value within a case: <c>&lt;EMAIL_1&gt;</c>; reversible server-side.</summary>
    Pseudonymize,

    /// <summary>Replaced by a keyed hash of the value: <c>&lt;EMAIL:3f9a1c2e&gt;</c>; equal values hash equal, but cannot be read back.</summary>
    Hash,

    /// <summary>All but the last four characters masked: <c>************4242</c>.</summary>
    Mask,

    /// <summary>Left as it is.</summary>
    Keep,
}
