namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Picks the layout that reads the most lines of a sample, preferring a more specific layout (earlier in
/// <see cref="LogLayouts.All"/>) that reads nearly as many as a later, looser one: the generic text layout reads any
/// line with a leading stamp, a syslog file with a few odd lines too. Plain text when none reads a fifth of them. The
/// generic text and plain layouts are refined by <see cref="HeaderLearner"/> with the header fields they leave in the message
/// and by <see cref="TrailingFieldLearner"/> with the fields written after it.
/// </summary>
public static class LayoutDetector
{
    /// <summary>How many leading non-blank lines detection looks at.</summary>
    public const int SampleLines = 200;

    // A specific layout that reads this share of what the best one reads is preferred to it.
    private const double NearlyAsMany = 0.95;

    /// <summary>Returns the best layout for the sample and the share of sample lines it read.</summary>
    public static (LogLayout Layout, double Share) Detect(IReadOnlyList<string> sample, TimestampParser time)
    {
        var lines = sample.Where(l => !string.IsNullOrWhiteSpace(l)).Take(SampleLines).ToList();
        if (lines.Count == 0)
        {
            return (LogLayouts.Plain, 0);
        }

        var fields = new LogFields();
        var counts = new int[LogLayouts.All.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            foreach (var line in lines)
            {
                fields.Reset();
                if (LogLayouts.All[i].TryParse(line, fields, time))
                {
                    counts[i]++;
                }
            }
        }

        var most = counts.Max();
        var chosen = Array.FindIndex(counts, c => c > 0 && c >= most * NearlyAsMany);
        var best = chosen < 0 ? LogLayouts.Plain : LogLayouts.All[chosen];
        var bestCount = chosen < 0 ? 0 : counts[chosen];

        var share = (double)bestCount / lines.Count;
        best = share >= 0.2 ? best : LogLayouts.Plain;

        // The generic layouts stop at the first field they do not know; what the file repeats at every message start, and
        // the fields it writes after every message, are learned from the sample instead of written as more fixed layouts.
        if (best is LogfmtLayout)
        {
            return (LogfmtLayout.Learn(lines, time), share);
        }

        // A syslog header may be followed by the program's own header ("<info>  [1796198463.9570] …", "780259: *Oct 12 …:"):
        // learned the same way, and only where it reaches past the syslog tag.
        if (best is Syslog3164Layout)
        {
            return (HeaderLearner.Learn(best, lines, time), share);
        }

        if (best is not TextLayout && !ReferenceEquals(best, LogLayouts.Plain))
        {
            return (best, share);
        }

        return (TrailingFieldLearner.Learn(HeaderLearner.Learn(best, lines, time), lines, time), share);
    }
}
