namespace FaultMaven.Core.Cases.Investigation;

/// <summary>The phases of the troubleshooting doctrine, in the order an investigation normally moves through them.</summary>
public enum DoctrinePhase
{
    /// <summary>The problem is being described; no analysis yet.</summary>
    Intake,

    /// <summary>What is affected, how badly and since when.</summary>
    BlastRadius,

    /// <summary>What happened in what order; the first anomaly; what changed.</summary>
    Timeline,

    /// <summary>Ranked root-cause theories.</summary>
    Hypotheses,

    /// <summary>Evidence for and against each hypothesis.</summary>
    Validation,

    /// <summary>Remediation, risks, verification and follow-ups.</summary>
    Solution,
}

/// <summary>How a phase reads in an answer for a person.</summary>
public static class DoctrinePhases
{
    /// <summary>The phase in words: <c>blast radius</c>, not the enum's name.</summary>
    public static string Words(this DoctrinePhase phase) => phase switch
    {
        DoctrinePhase.BlastRadius => "blast radius",
        _ => phase.ToString().ToLowerInvariant(),
    };
}
