namespace FaultMaven.Infrastructure.Integrations.Logs.Splunk;

/// <summary>The SPL commands FaultMaven does not run: those that delete or write events, lookups and files, send mail or alerts, run
/// scripts, or run other searches (Splunk's own "risky commands"), and <c>rest</c>, which reads Splunk's management endpoints (users,
/// stored passwords) rather than events. A query comes from a person or from the model, which reads evidence anyone can write; with
/// FaultMaven's token either could otherwise delete events (<c>| delete</c>) or mail them away (<c>| sendemail</c>).</summary>
internal static class SplunkRiskyCommands
{
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        "collect", "delete", "dump", "map", "mcollect", "meventcollect", "outputcsv", "outputlookup", "outputtext", "rest", "run",
        "runshellscript", "savedsearch", "script", "sendalert", "sendemail", "tscollect",
    };

    /// <summary>The first command of <paramref name="spl"/> that is refused, or null. Every command follows a pipe outside double quotes
    /// (a subsearch's too, <c>[| rest …]</c>); one pass, linear in the query.</summary>
    public static string? Find(string spl)
    {
        ArgumentNullException.ThrowIfNull(spl);
        var quoted = false;
        for (var i = 0; i < spl.Length; i++)
        {
            var c = spl[i];
            if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '|' && !quoted)
            {
                var start = i + 1;
                while (start < spl.Length && char.IsWhiteSpace(spl[start]))
                {
                    start++;
                }

                var end = start;
                while (end < spl.Length && (char.IsAsciiLetterOrDigit(spl[end]) || spl[end] == '_'))
                {
                    end++;
                }

                var command = spl[start..end];
                if (Refused.Contains(command))
                {
                    return command.ToLowerInvariant();
                }
            }
        }

        return null;
    }
}
