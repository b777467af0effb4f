namespace FaultMaven.Core.Agent.Safety;

/// <summary>A command text read as a shell reads it: pipelines split on <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>&amp;</c> and
/// newlines, stages on <c>|</c>, words with their quoting removed, and command substitutions (<c>$(…)</c>, backticks), process
/// substitutions (<c>&lt;(…)</c>) and groups (<c>( … )</c>, <c>{ …; }</c>) read as scripts of their own. Built by
/// <see cref="ShellParser"/>; each character of the text is read once.</summary>
internal sealed class ShellScript
{
    public List<ShellPipeline> Pipelines { get; } = [];

    /// <summary>Function definitions (<c>name() { body }</c>), with their bodies.</summary>
    public List<(string Name, ShellScript Body)> Functions { get; } = [];
}
