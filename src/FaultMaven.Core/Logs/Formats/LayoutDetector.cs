namespace FaultMaven.Core.Logs.Formats;

/// <summary>Picks the layout that reads the most lines of a sample; plain text when none reads a fifth of them.</summary>
public static class LayoutDetector
{
    /// <summary>How many leading non-blank lines detection looks at.</summary>
    public const int SampleLines = 200;

    /// <summary>Returns the best layout for the sample and the share of sample lines it read.</summary>
    public static (LogLayout Layout, double Share) Detect(IReadOnlyList<string> sample, TimestampParser time)
    {
        var lines = sample.Where(l => !string.IsNullOrWhiteSpace(l)).Take(SampleLines).ToList();
        if (lines.Count == 0)
        {
            return (LogLayouts.Plain, 0);
        }

        var fields = new LogFields();
        LogLayout best = LogLayouts.Plain;
        var bestCount = 0;
        foreach (var layout in LogLayouts.All)
        {
            var count = 0;
            foreach (var line in lines)
            {
                fields.Reset();
                if (layout.TryParse(line, fields, time))
                {
                    count++;
                }
            }

            if (count > bestCount)
            {
                best = layout;
                bestCount = count;
            }
        }

        var share = (double)bestCount / lines.Count;
        return share >= 0.2 ? (best, share) : (LogLayouts.Plain, share);
    }
}
