using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Views;

/// <summary>Decides how a line goes on into the next when a writer, not the data, broke it: a token hard-wrapped by a mail client or a
/// terminal, a shell line continuation, a YAML block scalar's header and its folded lines. All decisions read the two lines only.</summary>
internal static class LineJoins
{
    /// <summary>The characters of the tokens a wrap breaks: base64 and base64url, hex, a JWT's dots, a URL's percent escapes.</summary>
    public static readonly SearchValues<char> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-.%~");

    // Mail clients wrap at 72–78 columns, PEM and MIME base64 at 64 and 76, terminals at 80, 120 or 132.
    private const int MinWrapWidth = 60;
    private const int MaxWrapWidth = 160;
    private const int MinWrappedTail = 16;
    private const int LongCutRun = 32;

    /// <summary>Gets the length of a mail reply's quote prefix (<c>&gt; </c>, <c>&gt;&gt; </c>, <c>&gt; &gt; </c>) at <paramref name="start"/>.</summary>
    public static int QuotePrefix(string text, int start, int end)
    {
        var p = start;
        while (p < end && text[p] == '>')
        {
            p++;
            if (p < end && text[p] == ' ')
            {
                p++;
            }
        }

        return p - start;
    }

    /// <summary>Gets the count of spaces and tabs at <paramref name="start"/>.</summary>
    public static int Indent(string text, int start, int end)
    {
        var p = start;
        while (p < end && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p - start;
    }

    /// <summary>Gets where a shell continuation's backslash sits when the line <c>[start, end)</c> ends with one (an odd run of
    /// backslashes: <c>\\</c> is an escaped backslash), else -1.</summary>
    public static int Continuation(string text, int start, int end)
    {
        var p = end;
        while (p > start && text[p - 1] == '\\')
        {
            p--;
        }

        return (end - p) % 2 == 1 ? end - 1 : -1;
    }

    /// <summary>Gets whether the next line opens a record as this one does — both at their first column with a digit (a timestamp) or
    /// a bracket (<c>[2026-…]</c>, <c>[INFO]</c>): a log line ending in a backslash (a URL's, a Windows path's) then goes on in no
    /// shell continuation, and the next record is not part of its value.</summary>
    public static bool OpensRecordAlike(string text, int lineStart, int nextStart, int nextEnd)
    {
        if (lineStart >= text.Length || nextStart >= nextEnd)
        {
            return false;
        }

        var first = text[lineStart];
        var next = text[nextStart];
        return (char.IsAsciiDigit(first) && char.IsAsciiDigit(next)) || (first == '[' && next == '[');
    }

    /// <summary>Gets where a YAML block scalar's indicator (<c>|</c>, <c>&gt;-</c>, <c>|+2</c>) starts when the line ends with
    /// <c>key: |</c>, else -1; and whether the scalar is folded.</summary>
    public static (int Indicator, bool Folded) BlockScalar(string text, int start, int end)
    {
        var p = end;
        while (p > start && text[p - 1] is ' ' or '\t')
        {
            p--;
        }

        var last = p;
        while (p > start && last - p < 3 && (text[p - 1] is '-' or '+' || char.IsAsciiDigit(text[p - 1])))
        {
            p--;
        }

        if (p <= start || text[p - 1] is not ('|' or '>'))
        {
            return (-1, false);
        }

        var indicator = p - 1;
        var before = indicator;
        while (before > start && text[before - 1] is ' ' or '\t')
        {
            before--;
        }

        return before < indicator && before > start && text[before - 1] == ':' ? (indicator, text[indicator] == '>') : (-1, false);
    }

    /// <summary>Gets whether the line <c>[lineStart, contentEnd)</c> ends in a token that a hard wrap broke and that goes on at the
    /// start of the next line <c>[next, nextEnd)</c>: the line is as wide as writers wrap at, it ends in a long token-shaped run that
    /// mixes character classes, and the next line carries the same quote prefix and indentation and goes on with token characters
    /// that do not start a new record (a key, a date, a time, a count, a word).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Wraps(string text, int lineStart, int contentEnd, int next, int nextEnd, int prefix)
    {
        var width = contentEnd - lineStart;
        if (width is < MinWrapWidth or > MaxWrapWidth || !TokenChars.Contains(text[contentEnd - 1]))
        {
            return false;
        }

        var tail = text.AsSpan(lineStart, width);
        var run = tail.Length - (tail.LastIndexOfAnyExcept(TokenChars) + 1);
        if (run < MinWrappedTail || !Mixed(tail[^run..]))
        {
            return false;
        }

        // The next line: the same prefix characters, then at once a token character.
        if (nextEnd - next <= prefix || !text.AsSpan(next, prefix).SequenceEqual(text.AsSpan(lineStart, prefix)) || !TokenChars.Contains(text[next + prefix]))
        {
            return false;
        }

        var head = text.AsSpan(next + prefix, nextEnd - next - prefix);
        var headLength = head.IndexOfAnyExcept(TokenChars);
        head = headLength < 0 ? head : head[..headLength];

        // A terminal's wrapped line is no wider than the one before it (a middle piece as wide, the last one shorter). A log shipper
        // or a line-length limit also cuts a long record mid-token and writes the rest of the record, however long, on the next line:
        // then both sides of the cut are long runs of the token's alphabet, which ordinary lines do not end and start with.
        var nextWidth = nextEnd - next - (text[nextEnd - 1] == '\r' ? 1 : 0);
        if (nextWidth > width + 2 && (run < LongCutRun || head.Length < LongCutRun))
        {
            return false;
        }
        return Continues(head, headLength < 0 ? '\n' : text[next + prefix + headLength]);
    }

    /// <summary>Gets whether a line's first run reads as the rest of a random token rather than the start of a new record: it mixes
    /// character classes as the token does, holds no <c>=</c> but a base64 padding's at its end (a <c>key=value</c> line), is not
    /// followed by a colon (a <c>key:</c> or a time), and is no count or date.</summary>
    private static bool Continues(ReadOnlySpan<char> head, char after)
    {
        var equals = head.IndexOf('=');
        if (after == ':' || equals >= 0 && head[equals..].ContainsAnyExcept('=') || !Mixed(head))
        {
            return false;
        }

        return !StartsRecord(head);
    }

    /// <summary>Gets whether a run mixes character classes as random tokens do: letters and digits (hex, most keys), or a lower-case
    /// letter followed by a capital (base64 of any length). A word of prose ("Internationalization") does neither.</summary>
    private static bool Mixed(ReadOnlySpan<char> run)
    {
        var letters = run.ContainsAnyInRange('a', 'z') || run.ContainsAnyInRange('A', 'Z');
        if (letters && run.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        for (var i = 1; i < run.Length; i++)
        {
            if (char.IsAsciiLetterLower(run[i - 1]) && char.IsAsciiLetterUpper(run[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a line's first run is a count or a date (<c>2026-12-06</c>, <c>06/12</c>).</summary>
    private static bool StartsRecord(ReadOnlySpan<char> head)
    {
        var digits = head.Length - head.TrimStart("0123456789").Length;
        return digits == head.Length || digits is >= 1 and <= 4 && head[digits] is '-' or '/' or '.' && head.Length > digits + 1 && char.IsAsciiDigit(head[digits + 1]);
    }
}
