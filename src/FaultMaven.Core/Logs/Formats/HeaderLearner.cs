namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Learns the header fields at the start of a file's lines that a generic layout may leave in the message. A field is learned at a place when
/// nearly every sample line has a field of one kind there: a timestamp, a level word, a bracketed token without spaces
/// that repeats (few distinct values, or a number such as a pid), a process number, a one-character level mark or a
/// logger before " - ". Fields are learned left to right and learning stops at the first place no kind fills, so the
/// message keeps everything from the first word that varies in kind from line to line.
/// </summary>
public static class HeaderLearner
{
    /// <summary>The most fields learned after the layout's own header.</summary>
    public const int MaxFields = 6;

    // Share of the sample lines that must hold a field of the kind at the place; a header is written by one format string,
    // so only the odd line (a stack trace, a banner) lacks it.
    private const double Nearly = 0.95;

    // Fewer sample lines say nothing about what repeats.
    private const int MinLines = 20;

    // Kinds in the order they are tried at a place: a level before a bracket ("[INFO ]" is both), a mark and a source
    // never first (a message may begin with "-" or "name - ").
    private static readonly HeaderFieldKind[] Kinds =
    [
        HeaderFieldKind.Timestamp, HeaderFieldKind.Level, HeaderFieldKind.Bracket, HeaderFieldKind.Number, HeaderFieldKind.Mark, HeaderFieldKind.Source,
    ];

    /// <summary>Returns <paramref name="layout"/> wrapped to strip the header fields learned from <paramref name="lines"/>, or
    /// <paramref name="layout"/> itself when none is learned. Runs in time linear in the sample.</summary>
    public static LogLayout Learn(LogLayout layout, IReadOnlyList<string> lines, TimestampParser time)
    {
        // Learned over whole lines, not the layout's messages: a layout that knows some level words and not others
        // ("[System]", "LOG:") leaves a different part of the header on different lines.
        var fields = new LogFields();
        var messages = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            fields.Reset();
            if (layout.TryParse(line, fields, time))
            {
                messages.Add(line);
            }
        }

        if (messages.Count < MinLines)
        {
            return layout;
        }

        var learned = Learn(messages, time);
        if (learned.Count == 0)
        {
            return layout;
        }

        // Kept only where the header reaches past the layout's own message start on some sample line: elsewhere it would
        // change nothing and cost a second reading of every line's header.
        var wrapped = new LearnedHeaderLayout(layout, learned);
        foreach (var line in messages)
        {
            fields.Reset();
            layout.TryParse(line, fields, time);
            if (line.AsSpan().Overlaps(fields.MessageText.Span, out var offset) && wrapped.HeaderEnd(line.AsMemory(), null, time, offset) > offset)
            {
                return wrapped;
            }
        }

        return layout;
    }

    /// <summary>The header fields at the start of nearly all <paramref name="messages"/>, in order.</summary>
    public static IReadOnlyList<HeaderFieldKind> Learn(IReadOnlyList<string> messages, TimestampParser time)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var at = new int[messages.Count];
        var ends = new int[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            at[i] = HeaderTokens.SkipSpaces(messages[i], 0);
        }

        var learned = new List<HeaderFieldKind>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (learned.Count < MaxFields)
        {
            HeaderFieldKind? found = null;
            foreach (var kind in Kinds)
            {
                if (learned.Count == 0 && kind is HeaderFieldKind.Mark or HeaderFieldKind.Source)
                {
                    continue;
                }

                if (Fills(messages, at, ends, kind, time, values))
                {
                    found = kind;
                    break;
                }
            }

            if (found is null)
            {
                break;
            }

            learned.Add(found.Value);
            for (var i = 0; i < messages.Count; i++)
            {
                at[i] = ends[i] < 0 ? at[i] : HeaderTokens.SkipSpaces(messages[i], ends[i]);
            }
        }

        // A field or fields that took the whole message on most lines were the message.
        var empty = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            empty += at[i] >= messages[i].Length ? 1 : 0;
        }

        return empty * 2 > messages.Count ? [] : learned;
    }

    // Whether nearly every message has a field of the kind at its place (ends[i] is where it ends, -1 if not there); a
    // bracketed token also repeats (a thread, a component: at most half the lines' distinct values, where a request id is
    // new on every line), unless it is a number (a pid).
    private static bool Fills(IReadOnlyList<string> messages, int[] at, int[] ends, HeaderFieldKind kind, TimestampParser time, HashSet<string> values)
    {
        var hits = 0;
        var numbers = 0;
        values.Clear();
        for (var i = 0; i < messages.Count; i++)
        {
            ends[i] = HeaderTokens.Match(messages[i], at[i], kind, time);
            if (ends[i] < 0)
            {
                continue;
            }

            hits++;
            if (kind is HeaderFieldKind.Bracket or HeaderFieldKind.Mark)
            {
                var inside = messages[i].AsSpan(at[i], ends[i] - at[i]).Trim("[] ");
                numbers += !inside.IsEmpty && !inside.ContainsAnyExceptInRange('0', '9') ? 1 : 0;
                values.Add(inside.ToString());
            }
        }

        if (hits < messages.Count * Nearly)
        {
            return false;
        }

        return kind switch
        {
            HeaderFieldKind.Bracket => numbers >= hits * Nearly || values.Count * 2 <= hits,
            HeaderFieldKind.Mark => values.Count <= 4,
            _ => true,
        };
    }
}
