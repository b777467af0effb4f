using System.Globalization;

namespace FaultMaven.Core.Agent.Model;

/// <summary>Follows <c>kubectl get</c>-style tables line by line and says which rows are not healthy: a STATUS other than
/// Running/Completed/Succeeded/Active/Bound/Ready, a READY of x/y with x &lt; y, a TYPE of Warning. A header is a line of upper-case
/// column names; the table runs until a blank line. Columns are read by position, as kubectl aligns them.</summary>
internal sealed class StateRows
{
    private static readonly HashSet<string> Healthy = new(StringComparer.OrdinalIgnoreCase)
    {
        "Running", "Completed", "Succeeded", "Active", "Bound", "Ready", "True", "Healthy", "Synced", "Available", "Normal", "Complete",
    };

    private (int Start, int End)? _status;
    private (int Start, int End)? _ready;
    private (int Start, int End)? _type;

    /// <summary>Reads the next line; true when it is a row of a table whose state is not healthy.</summary>
    public bool Unhealthy(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            _status = _ready = _type = null;
            return false;
        }

        if (IsHeader(line))
        {
            _status = Column(line, "STATUS");
            _ready = Column(line, "READY");
            _type = Column(line, "TYPE");
            return false;
        }

        if (_status is null && _ready is null && _type is null)
        {
            return false;
        }

        if (Value(line, _status) is { Length: > 0 } status && !Healthy.Contains(status) && !status.Contains('/', StringComparison.Ordinal))
        {
            return true;
        }

        if (Value(line, _type) is { } type && type.Equals("Warning", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Value(line, _ready) is { } ready && ready.Split('/') is [var x, var y]
            && int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var up) && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var all))
        {
            return up < all;
        }

        return false;
    }

    private static bool IsHeader(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => w.All(c => char.IsAsciiLetterUpper(c) || c is '-' or '_' or '(' or ')'))
            && (line.Contains("STATUS", StringComparison.Ordinal) || line.Contains("READY", StringComparison.Ordinal) || line.Contains("TYPE", StringComparison.Ordinal));
    }

    private static (int Start, int End)? Column(string header, string name)
    {
        var at = header.IndexOf(name, StringComparison.Ordinal);
        while (at > 0 && header[at - 1] != ' ')
        {
            at = header.IndexOf(name, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var end = at + name.Length;
        while (end < header.Length && header[end] == ' ')
        {
            end++;
        }

        return (at, end < header.Length ? end : int.MaxValue);
    }

    private static string? Value(string line, (int Start, int End)? column)
    {
        if (column is not { } c || c.Start >= line.Length)
        {
            return null;
        }

        var end = Math.Min(c.End, line.Length);
        var text = line[c.Start..end].Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? text[..space] : text;
    }
}
