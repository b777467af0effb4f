namespace FaultMaven.Core.Agent.Safety;

/// <summary>What a dangerous command does, in words for the risk line, and whether it is the remote-code kind (a download reaching an
/// interpreter) or the destructive kind.</summary>
/// <param name="RemoteCode">Set when downloaded content reaches an interpreter.</param>
/// <param name="What">What it does, e.g. "pipes a download straight into a shell".</param>
public sealed record CommandDanger(bool RemoteCode, string What);
