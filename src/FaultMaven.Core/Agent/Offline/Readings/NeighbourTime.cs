using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Agent.Offline.Readings;

/// <summary>The time of an event whose own line has no timestamp (a stack trace's first line, a continuation, a plain line among stamped
/// ones), taken from the nearest stamped line of the same upload: the one before it, else the one after. Only for uploads whose analysis
/// found timestamps; at most <see cref="MaxDistance"/> lines away each way.</summary>
internal static class NeighbourTime
{
    /// <summary>How far from the event a stamped line is looked for, in lines.</summary>
    public const int MaxDistance = 500;

    /// <summary>The neighbouring stamped line's time and its line number, or null when there is none near (or the upload has no times).</summary>
    public static (DateTimeOffset At, int Line)? Find(Signal signal, IReadOnlyList<EvidenceText> texts)
    {
        if (signal.Evidence.StartLine is not { } start || texts.FirstOrDefault(t => t.Item.Name == signal.Source) is not { } text
            || text.Item.Analysis.Log?.FirstTimestamp is not { } first)
        {
            return null;
        }

        var parser = new TimestampParser(DateOnly.FromDateTime(first.UtcDateTime));
        var index = start - 1;
        for (var i = Math.Min(index - 1, text.Lines.Count - 1); i >= 0 && i >= index - MaxDistance; i--)
        {
            if (Stamp(parser, text.Lines[i]) is { } at)
            {
                return (at, i + 1);
            }
        }

        for (var i = index + 1; i < text.Lines.Count && i <= index + MaxDistance; i++)
        {
            if (Stamp(parser, text.Lines[i]) is { } at)
            {
                return (at, i + 1);
            }
        }

        return null;
    }

    private static DateTimeOffset? Stamp(TimestampParser parser, string line)
    {
        var span = line.AsSpan().TrimStart().TrimStart('[');
        return parser.TryParsePrefix(span, out var at) > 0 ? at : null;
    }
}
