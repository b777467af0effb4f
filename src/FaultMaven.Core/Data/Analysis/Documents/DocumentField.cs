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
