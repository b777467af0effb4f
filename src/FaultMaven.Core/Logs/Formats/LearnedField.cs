namespace FaultMaven.Core.Logs.Formats;

/// <summary>One header field <see cref="HeaderLearner"/> learned: its kind, and whether its wording varies from line to line
/// (a host, a function name, a query id), so that it is a header field only where the steadier field after it is there too.</summary>
/// <param name="Kind">The kind of field.</param>
/// <param name="Varying">True when the field was learned for its place before a steadier field, not for its own values.</param>
public readonly record struct LearnedField(HeaderFieldKind Kind, bool Varying);
