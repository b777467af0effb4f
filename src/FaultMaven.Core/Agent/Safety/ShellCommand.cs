namespace FaultMaven.Core.Agent.Safety;

/// <summary>One simple command: its words (the first names the program), its redirections, and the groups it stands for.</summary>
internal sealed class ShellCommand
{
    public List<ShellWord> Words { get; } = [];

    /// <summary>Redirections: the operator (<c>&lt;</c>, <c>&lt;&lt;&lt;</c>, <c>&gt;</c>, …) and its target word.</summary>
    public List<(string Operator, ShellWord Target)> Redirects { get; } = [];

    /// <summary>Subshells and brace groups that take this command's place.</summary>
    public List<ShellScript> Groups { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Redirects.Count == 0 && Groups.Count == 0;
}
