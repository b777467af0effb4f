namespace FaultMaven.Core.Logs.Formats;

/// <summary>Reads level names and numbers of the common logging libraries into <see cref="LogSeverity"/>.</summary>
public static class Severities
{
    private static readonly Dictionary<string, LogSeverity> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = LogSeverity.Trace, ["trc"] = LogSeverity.Trace, ["trce"] = LogSeverity.Trace, ["verbose"] = LogSeverity.Trace,
        ["vrb"] = LogSeverity.Trace, ["finest"] = LogSeverity.Trace, ["finer"] = LogSeverity.Trace, ["all"] = LogSeverity.Trace,
        ["debug"] = LogSeverity.Debug, ["dbg"] = LogSeverity.Debug, ["dbug"] = LogSeverity.Debug, ["fine"] = LogSeverity.Debug, ["config"] = LogSeverity.Debug,
        ["info"] = LogSeverity.Info, ["inf"] = LogSeverity.Info, ["information"] = LogSeverity.Info, ["informational"] = LogSeverity.Info,
        ["notice"] = LogSeverity.Info, ["note"] = LogSeverity.Info,
        ["warn"] = LogSeverity.Warning, ["warning"] = LogSeverity.Warning, ["wrn"] = LogSeverity.Warning,
        ["error"] = LogSeverity.Error, ["err"] = LogSeverity.Error, ["eror"] = LogSeverity.Error, ["erro"] = LogSeverity.Error,
        ["fail"] = LogSeverity.Error, ["failure"] = LogSeverity.Error, ["severe"] = LogSeverity.Error,
        ["fatal"] = LogSeverity.Fatal, ["ftl"] = LogSeverity.Fatal, ["crit"] = LogSeverity.Fatal, ["critical"] = LogSeverity.Fatal,
        ["alert"] = LogSeverity.Fatal, ["emerg"] = LogSeverity.Fatal, ["emergency"] = LogSeverity.Fatal, ["panic"] = LogSeverity.Fatal,
    };

    private static readonly Dictionary<string, LogSeverity>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a level name in any case, optionally bracketed or module-prefixed: <c>WARN</c>, <c>[error]</c>, <c>core:error</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LogSeverity severity)
    {
        text = text.Trim().Trim("[]<>()");
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            // Apache 2.4 writes "[core:error]".
            text = text[(colon + 1)..];
        }

        if (text.Length is > 0 and <= 13 && Lookup.TryGetValue(text, out severity))
        {
            return true;
        }

        severity = LogSeverity.Unknown;
        return false;
    }

    /// <summary>Syslog severity 0 (emergency) … 7 (debug).</summary>
    public static LogSeverity FromSyslog(int severity) => severity switch
    {
        <= 2 => LogSeverity.Fatal,
        3 => LogSeverity.Error,
        4 => LogSeverity.Warning,
        5 or 6 => LogSeverity.Info,
        _ => LogSeverity.Debug,
    };

    /// <summary>Numeric levels: Bunyan/Pino 10–60, else syslog 0–7.</summary>
    public static LogSeverity FromNumber(long level) => level switch
    {
        >= 60 => LogSeverity.Fatal,
        >= 50 => LogSeverity.Error,
        >= 40 => LogSeverity.Warning,
        >= 30 => LogSeverity.Info,
        >= 20 => LogSeverity.Debug,
        >= 10 => LogSeverity.Trace,
        >= 0 and <= 7 => FromSyslog((int)level),
        _ => LogSeverity.Unknown,
    };

    /// <summary>HTTP status classes: 5xx error, 4xx warning, the rest info.</summary>
    public static LogSeverity FromHttpStatus(int status) => status switch
    {
        >= 500 => LogSeverity.Error,
        >= 400 => LogSeverity.Warning,
        _ => LogSeverity.Info,
    };
}
