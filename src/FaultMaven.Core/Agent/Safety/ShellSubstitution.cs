namespace FaultMaven.Core.Agent.Safety;

/// <summary>A script whose output (command substitution) or whose output as a file (process substitution) becomes part of a word.</summary>
internal sealed record ShellSubstitution(ShellScript Script, bool Process);
