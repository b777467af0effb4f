namespace FaultMaven.Core.Agent;

/// <summary>The root-cause categories an investigation sorts its hypotheses into (the same words the team uses in postmortems).</summary>
public enum CauseCategory
{
    /// <summary>Something failed but its kind is not recognised.</summary>
    Unknown,
    /// <summary>A setting, variable, secret or file is missing or wrong.</summary>
    ConfigurationError,
    /// <summary>A pool, disk, memory, quota or limit ran out.</summary>
    ResourceExhaustion,
    /// <summary>Something this service depends on is unreachable or failing.</summary>
    DependencyFailure,
    /// <summary>Nodes, disks, network or the platform underneath.</summary>
    Infrastructure,
    /// <summary>A bug: an unhandled exception, a panic, a crash in the code.</summary>
    CodeDefect,
    /// <summary>Nothing is actually broken.</summary>
    Healthy,
}
