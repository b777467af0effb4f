namespace FaultMaven.Core.Logs.Formats;

// The timestamp field: a stamp TimestampParser reads, or date words and a clock it does not.
internal static partial class HeaderTokens
{
    // A stamp TimestampParser reads, bare or bracketed ("[2024-01-02 10:00:00,123]"), or spelled as date words before a
    // clock ("29 Nov 2026 17:14:08.997", which it does not read).
    private static int StampEnd(ReadOnlySpan<char> text, int at, TimestampParser time)
    {
        if (text[at] == '[')
        {
            // The whole bracket a stamp, or a stamp and a short tail ("[2024-03-15T10:00:00.123 #81]", "[2024-03-15 10:00:00,123: INFO/Main]").
            var close = BracketEnd(text, at);
            if (close < 0 || !Ends(text, close))
            {
                return -1;
            }

            var inside = text[(at + 1)..(close - 1)];
            var lead = time.TryParsePrefix(inside, out _);
            return time.TryParse(inside, out _) || lead > 0 && inside.Length - lead <= MaxStampTail || LevelLedStamp(inside, time, out _) ? close : -1;
        }

        if (Tai64End(text, at) is > 0 and var tai)
        {
            return tai;
        }

        // A clock's state written as one mark glued to its stamp ("*Oct 12 06:00:02.214:", ".Oct 12 …"): the mark is the stamp's.
        if (text[at] is '*' or '.' && at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at + 1]))
        {
            return StampEnd(text, at + 1, time);
        }

        var stamp = time.TryParsePrefix(text[at..], out _);
        if (stamp > 0)
        {
            // "2024-03-15 10:00:00.123+0000: 1840: error : …" writes a colon right after the stamp.
            return Ends(text, at + stamp) ? ZoneEnd(text, at + stamp) : at + stamp < text.Length && text[at + stamp] == ':' && Ends(text, at + stamp + 1) ? at + stamp + 1 : -1;
        }

        // Up to four date words (1-4 digits or a capitalised three-letter month), at least two, then hh:mm:ss[.fff]; or one
        // whole date in digits ("2024.03.15") then the clock, perhaps with a dash or two between them ("6/12/2026 -- 04:00:01").
        var i = at;
        var wholeDate = false;
        var dashed = false;
        for (var words = 0; words <= 4; words++)
        {
            var end = TokenEnd(text, i);
            var token = text[i..end];
            if (wholeDate && words == 1 && !dashed && token is "-" or "--" && end < text.Length)
            {
                dashed = true;
                words--;
                i = SkipSpaces(text, end);
                continue;
            }

            // The clock may end in a colon that closes the header, or be followed by its zone ("06:00:05.454 UTC:").
            if ((words >= 2 || wholeDate && words == 1) && (IsClock(token) || token.Length > 1 && token[^1] == ':' && IsClock(token[..^1])))
            {
                return token[^1] == ':' ? end : ZoneEnd(text, end);
            }

            if (words == 0 && IsDigitDate(token))
            {
                wholeDate = true;
                i = SkipSpaces(text, end);
                continue;
            }

            var isDate = token.Length is >= 1 and <= 4 && !token.ContainsAnyExceptInRange('0', '9')
                || IsMonthName(token);
            if (!isDate || end >= text.Length)
            {
                return -1;
            }

            i = SkipSpaces(text, end);
        }

        return -1;
    }

    // Three groups of digits joined by one of '.', '-' or '/' ("2024.03.15", "15/03/2024"), the middle one perhaps a
    // month's name ("02-Dec-2026").
    private static bool IsDigitDate(ReadOnlySpan<char> token)
    {
        var first = token.IndexOfAnyExceptInRange('0', '9');
        if (token.Length is < 8 or > 11 || first <= 0)
        {
            return false;
        }

        var separator = token[first];
        if (separator is not ('.' or '-' or '/') || token.Count(separator) != 2)
        {
            return false;
        }

        var index = 0;
        foreach (var part in token.Split(separator))
        {
            var group = token[part];
            var month = index++ == 1 && IsMonthName(group);
            if (!month && (group.IsEmpty || group.Length > 4 || group.ContainsAnyExceptInRange('0', '9')))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised three-letter word, as months are abbreviated ("Dec").
    private static bool IsMonthName(ReadOnlySpan<char> token) =>
        token.Length == 3 && char.IsAsciiLetterUpper(token[0]) && char.IsAsciiLetterLower(token[1]) && char.IsAsciiLetterLower(token[2]);

    // h:mm:ss or hh:mm:ss with an optional fraction after '.' or ','.
    private static bool IsClock(ReadOnlySpan<char> token)
    {
        var colon = token.IndexOf(':');
        if (colon is < 1 or > 2 || token.Length < colon + 6 || token[colon + 3] != ':')
        {
            return false;
        }

        var rest = token[(colon + 6)..];
        return !token[..colon].ContainsAnyExceptInRange('0', '9') && !token.Slice(colon + 1, 2).ContainsAnyExceptInRange('0', '9')
            && !token.Slice(colon + 4, 2).ContainsAnyExceptInRange('0', '9')
            && (rest.IsEmpty || rest.Length >= 2 && rest[0] is '.' or ',' && !rest[1..].ContainsAnyExceptInRange('0', '9'));
    }
}
