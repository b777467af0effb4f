namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>One pseudonym: the token that stands in the text for a real value of a type.</summary>
/// <param name="Type">The type of the value.</param>
/// <param name="Token">The token, e.g. <c>&lt;EMAIL_1&gt;</c>.</param>
/// <param name="Value">The real value.</param>
public sealed record Pseudonym(PiiType Type, string Token, string Value);
