namespace FaultMaven.Core.Logs.Formats;

/// <summary>
/// Learns the header fields at the start of a file's lines that a generic layout may leave in the message: the longest run
/// of fields whose place and shape are stable across a sample of lines, the message starting at the first field whose shape
/// or wording varies. A field is learned at a place when nearly every sample line has a field of one kind there and its
/// values repeat: a timestamp, a level word, a bracketed token (a pid, a thread, a padded component), a process number, a
/// separator, a name with a colon or a pipe, a tab-separated column, a mark or a logger before " - ". A field whose shape
/// repeats but whose wording varies (a host, a function name, a query id) is learned only where a steadier field follows it.
/// </summary>
public static partial class HeaderLearner
{
    /// <summary>The most fields learned after the layout's own header.</summary>
    public const int MaxFields = 10;

    // Share of the sample lines that must hold a field of the kind at the place; a header is written by one format string,
    // so only the odd line (a stack trace, a banner) lacks it.
    private const double Nearly = 0.95;

    // Fewer sample lines say nothing about what repeats.
    private const int MinLines = 20;

    // Fields of varying wording tried in a row before a steadier one must come.
    private const int MaxVarying = 2;

    // Words of capitals outside the level table that may share a level's place ("LOG", "DEBG"); HTTP methods take more.
    private const int MaxOtherLevels = 3;

    // Kinds in the order they are tried at a place: a level before a bracket ("[INFO ]" is both), a mark, a separator, a tag
    // and a source never first (a message may begin with "-", "name - " or "Error:"). Levels with words outside the table
    // ("LOG", "DEBG") before levels of the table alone, which would learn the place and leave those words in the message.
    private static readonly HeaderFieldKind[] Kinds =
    [
        HeaderFieldKind.Timestamp, HeaderFieldKind.Capitals, HeaderFieldKind.Level, HeaderFieldKind.Bracket, HeaderFieldKind.Number, HeaderFieldKind.Named,
        HeaderFieldKind.Column, HeaderFieldKind.Tag, HeaderFieldKind.Mark, HeaderFieldKind.Separator, HeaderFieldKind.Source, HeaderFieldKind.Logger,
        HeaderFieldKind.Glued, HeaderFieldKind.Group,
    ];

    private static readonly HeaderFieldKind[] VaryingKinds =
        [HeaderFieldKind.Bracket, HeaderFieldKind.Group, HeaderFieldKind.Column, HeaderFieldKind.Pairs, HeaderFieldKind.Word];

    // Kinds that never open a header: a message may begin with "-", "name - ", "Error:" or "org.example.Thing", and a glued
    // field needs a field before it.
    // A level of capitals outside the level table and a bracket of words are told from a message's start only by a field before them.
    private static readonly HeaderFieldKind[] NotFirst =
    [
        HeaderFieldKind.Mark, HeaderFieldKind.Source, HeaderFieldKind.Separator, HeaderFieldKind.Tag, HeaderFieldKind.Logger, HeaderFieldKind.Glued,
        HeaderFieldKind.Capitals, HeaderFieldKind.Group,
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

        var learned = LearnFields(messages, time);
        if (learned.Count == 0)
        {
            return layout;
        }

        // Kept only where the header reaches past the layout's own message start on some sample line: elsewhere it would
        // change nothing and cost a second reading of every line's header. Where the layout reads past the whole learned
        // header on some lines and not on others, it took a word of the message for a field there ("FAIL" as a level,
        // "10.0.0.1:80 - " as a logger): the learned header, the same on every line, is then the whole header.
        var probe = new LearnedHeaderLayout(layout, learned, authoritative: false);
        var reachesFurther = false;
        var readsPast = 0;
        foreach (var line in messages)
        {
            fields.Reset();
            layout.TryParse(line, fields, time);
            if (!line.AsSpan().Overlaps(fields.MessageText.Span, out var offset))
            {
                continue;
            }

            var end = probe.HeaderEnd(line.AsMemory(), null, time, offset, out var whole);
            reachesFurther |= end > offset;
            readsPast += whole && offset > end ? 1 : 0;
        }

        var authoritative = readsPast > 0 && readsPast < messages.Count * Nearly;
        return reachesFurther || authoritative ? new LearnedHeaderLayout(layout, learned, authoritative) : layout;
    }

    /// <summary>The kinds of the header fields at the start of nearly all <paramref name="messages"/>, in order.</summary>
    public static IReadOnlyList<HeaderFieldKind> Learn(IReadOnlyList<string> messages, TimestampParser time) =>
        [.. LearnFields(messages, time).Select(f => f.Kind)];

    /// <summary>The header fields at the start of nearly all <paramref name="messages"/>, in order.</summary>
    public static IReadOnlyList<LearnedField> LearnFields(IReadOnlyList<string> messages, TimestampParser time)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var at = new int[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            at[i] = HeaderTokens.SkipSpaces(messages[i], 0);
        }

        var learned = new List<LearnedField>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<HeaderFieldKind>();
        var named = false;
        while (learned.Count < MaxFields)
        {
            var ends = new int[messages.Count];
            // A number after a word is as likely the message's ("job 12 done") as a field's: only a tab-separated column is
            // confirmed by the number after it (a source name before its event id).
            // After one varying field, a number of few values is a field too (a thread id, then a debug level); after two, only
            // a source line with its colon ("Completed 200 in" is a message).
            var numberConfirms = pending.TrueForAll(k => k == HeaderFieldKind.Column);
            if (Steady(messages, at, ends, learned.Count == 0 && pending.Count == 0, numberConfirms, pending.Count <= 1, named, time, values) is { } kind)
            {
                named = ClosesWithColon(messages, ends, kind);
                foreach (var varying in pending)
                {
                    learned.Add(new LearnedField(varying, Varying: true));
                }

                pending.Clear();
                learned.Add(new LearnedField(kind, Varying: false));
                at = Advance(messages, at, ends);
                continue;
            }

            // A field whose shape repeats and wording varies is tried as a header field only after another field, and
            // kept only where a steady field comes within MaxVarying places after it.
            var tried = learned.Count > 0 && pending.Count < MaxVarying ? Varying(messages, at, ends, time) : null;
            if (tried is null || learned.Count + pending.Count + 1 >= MaxFields)
            {
                break;
            }

            pending.Add(tried.Value);
            at = Advance(messages, at, ends);
        }

        // Fields that took the whole message on most lines were the message ("{"n": 2}" after a message column): the last
        // are given back, with the varying fields they confirmed, until a message is left.
        while (learned.Count > 0 && TakesTheMessage(messages, learned, time))
        {
            learned.RemoveAt(learned.Count - 1);
            while (learned.Count > 0 && learned[^1].Varying)
            {
                learned.RemoveAt(learned.Count - 1);
            }
        }

        return learned;
    }

    private static bool TakesTheMessage(IReadOnlyList<string> messages, List<LearnedField> learned, TimestampParser time)
    {
        var at = Positions(messages, learned, time);
        var empty = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            empty += at[i] >= messages[i].Length ? 1 : 0;
        }

        return empty * 2 > messages.Count;
    }

    private static int[] Advance(IReadOnlyList<string> messages, int[] at, int[] ends)
    {
        var next = new int[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            next[i] = ends[i] < 0 ? at[i] : HeaderTokens.SkipSpaces(messages[i], ends[i]);
        }

        return next;
    }

    // Where each message's learned header ends (every field read in order while it is there).
    private static int[] Positions(IReadOnlyList<string> messages, List<LearnedField> learned, TimestampParser time)
    {
        var at = new int[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var position = HeaderTokens.SkipSpaces(messages[i], 0);
            foreach (var field in learned)
            {
                var end = HeaderTokens.Match(messages[i], position, field.Kind, time);
                if (end < 0)
                {
                    break;
                }

                position = HeaderTokens.SkipSpaces(messages[i], end);
            }

            at[i] = position;
        }

        return at;
    }

    // Whether the field just learned is a name closed by a colon ("sshd[812]:", "kernel:") on nearly every line that has it.
    private static bool ClosesWithColon(IReadOnlyList<string> messages, int[] ends, HeaderFieldKind kind)
    {
        if (kind is not (HeaderFieldKind.Tag or HeaderFieldKind.Named))
        {
            return false;
        }

        var hits = 0;
        var colons = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            if (ends[i] > 0)
            {
                hits++;
                colons += messages[i][ends[i] - 1] == ':' ? 1 : 0;
            }
        }

        return hits > 0 && colons >= hits * Nearly;
    }

    private static HeaderFieldKind? Steady(IReadOnlyList<string> messages, int[] at, int[] ends, bool first, bool number, bool few, bool named, TimestampParser time, HashSet<string> values)
    {
        foreach (var kind in Kinds)
        {
            if (first && Array.IndexOf(NotFirst, kind) >= 0)
            {
                continue;
            }

            // A format string closes its header with the source's name and a colon ("sshd[812]: ", "kernel: "); a second
            // name with a colon right after it is written by the program ("SSHD_LOGIN_FAILED: ", "LustreError: ", "Device: ").
            // A program's own header after the first (a stamp, a level, then its logger) is read as before.
            if (named && kind == HeaderFieldKind.Tag)
            {
                continue;
            }

            if (Fills(messages, at, ends, kind, time, values, number, few))
            {
                return kind;
            }
        }

        return null;
    }

    private static HeaderFieldKind? Varying(IReadOnlyList<string> messages, int[] at, int[] ends, TimestampParser time)
    {
        foreach (var kind in VaryingKinds)
        {
            var hits = 0;
            for (var i = 0; i < messages.Count; i++)
            {
                ends[i] = HeaderTokens.Match(messages[i], at[i], kind, time);
                hits += ends[i] >= 0 ? 1 : 0;
            }

            if (hits >= messages.Count * Nearly)
            {
                return kind;
            }
        }

        return null;
    }
}
