using System.Text;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Model;

/// <summary>How much a raw line of evidence is likely to matter, read by general rules: words that name a cause or a failing resource
/// (exhausted, refused, timeout, OOM, not set, syntax error, denied, limit, throttling, lag, leak…), its level, and state rows that are
/// not healthy (a table row whose STATUS is not Running/Completed or whose READY is x/y with x &lt; y, a condition that is True when it
/// should be False, a Warning event). Every pattern is a plain alternation, linear in the line.</summary>
internal static partial class LineCues
{
    /// <summary>Longest line kept in an excerpt: input is untrusted, a single line may be megabytes.</summary>
    public const int MaxLineChars = 2_000;

    /// <summary>How strongly <paramref name="line"/> reads as a cause, 0 when it does not.</summary>
    public static double Strength(string line)
    {
        var score = 0.0;
        if (StrongCause().IsMatch(line))
        {
            score = 0.9;
        }
        else if (ResourceCue().IsMatch(line))
        {
            score = 0.7;
        }
        else if (WeakCue().IsMatch(line))
        {
            score = 0.45;
        }

        if (score > 0 && ErrorLevel().IsMatch(line))
        {
            score += 0.08;
        }

        return Math.Min(score, 1);
    }

    /// <summary>Whether the line is at error or fatal level (by its level word).</summary>
    public static bool IsError(string line) => ErrorLevel().IsMatch(line);

    /// <summary>Whether the line is at warning level (by its level word).</summary>
    public static bool IsWarning(string line) => WarnLevel().IsMatch(line);

    /// <summary>A condition that reads unhealthy: a pressure True, a readiness False, a Warning event in a describe.</summary>
    public static bool IsUnhealthyCondition(string line) => BadTrue().IsMatch(line) || BadFalse().IsMatch(line) || WarningEvent().IsMatch(line);

    /// <summary>The line made safe to quote: control and bidirectional-override characters become spaces, and it is cut at
    /// <see cref="MaxLineChars"/>.</summary>
    public static string Clean(ReadOnlySpan<char> line)
    {
        var length = Math.Min(line.Length, MaxLineChars);
        var text = new StringBuilder(length + 1);
        foreach (var c in line[..length])
        {
            text.Append(c == '\t' ? ' ' : char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? ' ' : c);
        }

        if (line.Length > MaxLineChars)
        {
            text.Append('…');
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The line with numbers and long hex runs masked, for counting how often a kind of line occurs.</summary>
    public static string Shape(string line)
    {
        var shape = new StringBuilder(Math.Min(line.Length, 160));
        var inNumber = false;
        foreach (var c in line)
        {
            if (shape.Length >= 160)
            {
                break;
            }

            var digit = char.IsAsciiDigit(c);
            if (digit && !inNumber)
            {
                shape.Append('#');
            }
            else if (!digit)
            {
                shape.Append(char.ToLowerInvariant(c));
            }

            inNumber = digit;
        }

        return shape.ToString();
    }

    // Words that name why something failed.
    [GeneratedRegex(@"exhaust|out of memory|\bOOM|oom.?kill|no space left|disk (?:is )?full|refused|not set|not defined|undefined variable|missing|not found|no such|syntax error|parse error|invalid|malformed|denied|forbidden|unauthori[sz]ed|permission|deadlock|panic|segfault|segmentation|fatal|unreachable|could not resolve|name resolution|nxdomain|certificate|x509|expired|quota|limit exceeded|exceeded|too many|max(?:imum)? .{0,20}reached|evicted|killed", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongCause();

    // Resources under strain and slow dependencies.
    [GeneratedRegex(@"time[ds]? ?out|timeout|throttl|\blag\b|lagging|replica(?:tion)? lag|leak|pool|saturat|backlog|queue (?:full|depth)|latency|slow|retry|retrying|back-?off|crash|restart|unhealthy|not ready|pending|pressure|limit|memory|heap|\bgc\b|garbage|cpu|disk|i/o|iops|connection|reset by peer|broken pipe|503|502|504|500\b|5xx|lock|wait", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResourceCue();

    [GeneratedRegex(@"error|fail|exception|warn|abort|cannot|can't|unable|degraded|critical|alert", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakCue();

    [GeneratedRegex(@"\b(?:ERROR|ERR|FATAL|CRITICAL|CRIT|SEVERE|PANIC|EMERG|ALERT)\b|""level""\s*:\s*""(?:error|fatal|critical)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorLevel();

    [GeneratedRegex(@"\b(?:WARN|WARNING)\b|""level""\s*:\s*""warn(?:ing)?""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WarnLevel();

    [GeneratedRegex(@"^\s*(?:MemoryPressure|DiskPressure|PIDPressure|NetworkUnavailable|ReplicaFailure|OutOfDisk)\s+True\b", RegexOptions.CultureInvariant)]
    private static partial Regex BadTrue();

    [GeneratedRegex(@"^\s*(?:Ready|ContainersReady|Available|Initialized|PodScheduled|Progressing|Healthy|Synced)\s+False\b", RegexOptions.CultureInvariant)]
    private static partial Regex BadFalse();

    [GeneratedRegex(@"^\s*Warning\s+[A-Z][A-Za-z]+\s", RegexOptions.CultureInvariant)]
    private static partial Regex WarningEvent();
}
