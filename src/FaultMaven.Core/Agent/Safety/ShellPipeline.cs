namespace FaultMaven.Core.Agent.Safety;

/// <summary>Commands joined by <c>|</c>: what one stage writes, the next reads.</summary>
internal sealed class ShellPipeline
{
    public List<ShellCommand> Stages { get; } = [];

    /// <summary>Set when the pipeline ends with <c>&amp;</c> (runs in the background).</summary>
    public bool Background { get; set; }
}
