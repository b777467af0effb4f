using System.Text.RegularExpressions;

namespace FaultMaven.Core.Common;

/// <summary>A backstop for every regular expression run on input: one without a timeout of its own stops after
/// <see cref="Timeout"/> instead of backtracking for minutes. The known patterns are linear; this bounds the ones nobody has proved so.
/// A match that runs out throws <see cref="RegexMatchTimeoutException"/>, which callers answer as input too costly to process.</summary>
public static class RegexBudget
{
    /// <summary>The longest one match may run; the slowest legitimate match (a pass over 16 M characters) takes well under a second.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Sets the process-wide default; must run before the first regular expression is used (the first line of a program).</summary>
    public static void Apply() => AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", Timeout);
}
