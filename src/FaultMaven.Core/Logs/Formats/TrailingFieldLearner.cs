namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Learns the fields a file writes after each message (<c>… | org.example.Broker | worker-3</c>): counted from the end, a
/// field is learned when nearly every sample message has a pipe-separated part there and its values repeat (digits aside),
/// as a logger's or a thread's do; the message before them must vary.
/// </summary>
public static class TrailingFieldLearner
{
    /// <summary>The most fields learned after the message.</summary>
    public const int MaxFields = 3;

    // As in HeaderLearner: a field the format string writes is on nearly every line.
    private const double Nearly = 0.95;

    private const int MinLines = 20;

    /// <summary>Returns <paramref name="layout"/> wrapped to cut the trailing fields learned from <paramref name="lines"/>, or
    /// <paramref name="layout"/> itself when none is learned. Runs in time linear in the sample.</summary>
    public static LogLayout Learn(LogLayout layout, IReadOnlyList<string> lines, TimestampParser time)
    {
        var fields = new LogFields();
        var messages = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            fields.Reset();
            if (layout.TryParse(line, fields, time))
            {
                messages.Add(fields.Message);
            }
        }

        if (messages.Count < MinLines)
        {
            return layout;
        }

        var learned = 0;
        var most = 0;
        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var count = 1; count <= MaxFields; count++)
        {
            values.Clear();
            var hits = 0;
            foreach (var message in messages)
            {
                var start = TrailingFieldsLayout.MessageEnd(message, count);
                if (start < 0)
                {
                    continue;
                }

                var part = message.AsSpan(start + TrailingFieldsLayout.Separator.Length);
                var end = TrailingFieldsLayout.MessageEnd(part, count - 1);
                hits++;
                values.Add(HeaderTokens.Shape(part, 0, end < 0 ? part.Length : end));
            }

            if (hits < messages.Count * Nearly || values.Count * 4 > hits)
            {
                break;
            }

            learned = count;
            most = Math.Max(most, values.Count);
        }

        return learned > 0 && Varies(messages, learned, most) ? new TrailingFieldsLayout(layout, learned) : layout;
    }

    // Whether what is left of the messages is a message: more wordings than any field cut after it, not one more steady field.
    private static bool Varies(List<string> messages, int count, int fieldValues)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            var end = TrailingFieldsLayout.MessageEnd(message, count);
            values.Add(HeaderTokens.Shape(message, 0, end < 0 ? message.Length : end));
        }

        return values.Count > fieldValues;
    }
}
