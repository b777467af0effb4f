namespace FaultMaven.Core.Sessions;

/// <summary>What a client gives to open a session.</summary>
public sealed record CreateSessionCommand(ClientKind ClientKind, string? UserLabel, IReadOnlyDictionary<string, string>? Metadata);
