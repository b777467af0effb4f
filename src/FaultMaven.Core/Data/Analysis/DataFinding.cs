namespace FaultMaven.Core.Data.Analysis;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing.</summary>
    Info,

    /// <summary>Likely to cause or explain trouble.</summary>
    Warning,

    /// <summary>A failure.</summary>
    Error,
}

/// <summary>Where in an upload a finding's evidence is: 1-based lines of the stored (redacted) text, or 0-based records of a JSON document.</summary>
/// <param name="Unit"><c>line</c> or <c>record</c>.</param>
/// <param name="First">The first line or record.</param>
/// <param name="Last">The last line or record (inclusive).</param>
public sealed record EvidenceRange(string Unit, long First, long Last)
{
    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static EvidenceRange Lines(long first, long last) => new("line", first, last);

    /// <summary>One line.</summary>
    public static EvidenceRange Line(long line) => new("line", line, line);

    /// <summary>Records <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static EvidenceRange Records(long first, long last) => new("record", first, last);
}

/// <summary>One thing an analysis found, pointing back to its evidence so that the agent can cite it.</summary>
/// <param name="Id">Stable within the upload (<c>k8s-3</c>); with the upload id it names the finding everywhere.</param>
/// <param name="Kind">What was found (<c>crash-loop</c>, <c>empty-secret</c>, <c>spike</c>, …).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Title">One line for a person.</param>
/// <param name="Evidence">Where it is.</param>
public sealed record DataFinding(string Id, string Kind, FindingSeverity Severity, string Title, EvidenceRange Evidence);
