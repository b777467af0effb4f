namespace FaultMaven.Core.Agent.Safety;

/// <summary>A word after quote removal, with the scripts substituted into it.</summary>
internal sealed class ShellWord
{
    public string Text { get; set; } = "";

    public List<ShellSubstitution> Substitutions { get; } = [];
}
