namespace FaultMaven.Core.Cases;

/// <summary>The store's answer to an append: what happened and, when there is one, the turn.</summary>
public sealed record AppendTurnResult(AppendTurnStatus Status, Turn? Turn);
