namespace FaultMaven.Core.Data.Analysis;

/// <summary>One scalar of a JSON or YAML document, flattened: its path (<c>status.health.status</c>, <c>alerts[0].labels.alertname</c>),
/// its value as written, and the 1-based line it is on.</summary>
/// <param name="Path">Keys and indexes from the root, dot-separated.</param>
/// <param name="Value">The scalar as text (<c>true</c>, <c>950</c>, <c>Degraded</c>).</param>
/// <param name="Line">The 1-based line of the value.</param>
public sealed record DocumentField(string Path, string Value, long Line)
{
    /// <summary>Gets the last key of the path, without indexes.</summary>
    public string Key
    {
        get
        {
            var path = Path.AsSpan();
            while (path.Length > 0 && path[^1] == ']')
            {
                var open = path.LastIndexOf('[');
                path = open < 0 ? path : path[..open];
            }

            var dot = path.LastIndexOf('.');
            return (dot < 0 ? path : path[(dot + 1)..]).ToString();
        }
    }
}

/// <summary>What a JSON or YAML document says about health: its flattened fields, the ones that read as unhealthy, and the alert it
/// carries when it is one.</summary>
/// <param name="Format"><c>json</c> or <c>yaml</c> (or <c>text</c> for <c>Key: value</c> lines).</param>
/// <param name="Fields">How many scalars were read (at most <see cref="DocumentSignalReader.MaxFields"/>).</param>
/// <param name="Unhealthy">The fields whose key or value reads as unhealthy, in document order.</param>
/// <param name="Alert">The alert, when the document is an alert payload.</param>
/// <param name="Truncated">Whether the document was deeper or larger than the reader's limits (the rest was not read).</param>
public sealed record DocumentSignals(string Format, int Fields, IReadOnlyList<DocumentField> Unhealthy, AlertSummary? Alert, bool Truncated);

/// <summary>An alert as its payload states it.</summary>
/// <param name="Name">The alert's name (alertname, AlarmName, monitor name, title).</param>
/// <param name="State">firing, resolved, alerting, ALARM, Alert… as written; null when the payload does not say.</param>
/// <param name="StartsAt">When it started, as written.</param>
/// <param name="Texts">The summary, description and reason texts, each with its line.</param>
/// <param name="Labels">The labels (severity, service, namespace…), as written.</param>
public sealed record AlertSummary(string? Name, string? State, string? StartsAt, IReadOnlyList<DocumentField> Texts, IReadOnlyDictionary<string, string> Labels);
