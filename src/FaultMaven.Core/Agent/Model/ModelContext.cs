namespace FaultMaven.Core.Agent.Model;

/// <summary>The first user message and what it left out.</summary>
/// <param name="Text">The message.</param>
/// <param name="EstimatedTokens">Its estimated tokens with the system prompt (characters / 4).</param>
/// <param name="LeftOut">One line per upload not shown whole.</param>
public sealed record ModelContext(string Text, int EstimatedTokens, IReadOnlyList<string> LeftOut);
