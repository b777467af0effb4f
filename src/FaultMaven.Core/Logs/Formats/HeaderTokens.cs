namespace FaultMaven.Core.Logs.Formats;

/// <summary>Reads one header field of a given kind at a position of a message; every check looks at one token only.</summary>
internal static class HeaderTokens
{
    // A bracketed token longer than this is not a header field (and no scan runs further).
    private const int MaxBracket = 96;

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("*#-.>+!~%@");

    private static readonly System.Buffers.SearchValues<char> SourceChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._$:#@/<>-");

    /// <summary>Where the field of <paramref name="kind"/> starting at <paramref name="at"/> ends (its separator included
    /// for a source), or -1 when the text there is not such a field.</summary>
    public static int Match(ReadOnlySpan<char> text, int at, HeaderFieldKind kind, TimestampParser time)
    {
        if (at >= text.Length)
        {
            return -1;
        }

        switch (kind)
        {
            case HeaderFieldKind.Timestamp:
                return StampEnd(text, at, time);
            case HeaderFieldKind.Level:
                return IsLevel(text, at, out var levelEnd) && Ends(text, levelEnd) ? levelEnd : -1;
            case HeaderFieldKind.Bracket:
                var close = BracketEnd(text, at);
                return close > 0 && !text[(at + 1)..(close - 1)].Trim().ContainsAny(' ', '\t') && Ends(text, close) ? close : -1;
            case HeaderFieldKind.Number:
                return NumberEnd(text, at);
            case HeaderFieldKind.Mark:
                return Marks.Contains(text[at]) && (at + 1 == text.Length || text[at + 1] is ' ' or '\t') ? at + 1 : -1;
            default:
                var end = TokenEnd(text, at);
                return end > at + 1 && !text[at..end].ContainsAnyExcept(SourceChars) && char.IsAsciiLetter(text[at]) && text[end..].StartsWith(" - ")
                    ? end + 3
                    : -1;
        }
    }

    // A field ends at a blank, at the end, or where a bracketed field starts ("[stamp][INFO ][component]").
    private static bool Ends(ReadOnlySpan<char> text, int end) => end == text.Length || text[end] is ' ' or '\t' or '[';

    // A stamp TimestampParser reads, bare or bracketed ("[2024-01-02 10:00:00,123]"), or spelled as date words before a
    // clock ("29 Nov 2026 17:14:08.997", which it does not read).
    private static int StampEnd(ReadOnlySpan<char> text, int at, TimestampParser time)
    {
        if (text[at] == '[')
        {
            var close = BracketEnd(text, at);
            return close > 0 && Ends(text, close) && time.TryParse(text[(at + 1)..(close - 1)], out _) ? close : -1;
        }

        var stamp = time.TryParsePrefix(text[at..], out _);
        if (stamp > 0)
        {
            return Ends(text, at + stamp) ? at + stamp : -1;
        }

        // Up to four date words (1-4 digits or a capitalised three-letter month), at least two, then hh:mm:ss[.fff].
        var i = at;
        for (var words = 0; words <= 4; words++)
        {
            var end = TokenEnd(text, i);
            var token = text[i..end];
            if (words >= 2 && IsClock(token))
            {
                return end;
            }

            var isDate = token.Length is >= 1 and <= 4 && !token.ContainsAnyExceptInRange('0', '9')
                || token.Length == 3 && char.IsAsciiLetterUpper(token[0]) && char.IsAsciiLetterLower(token[1]) && char.IsAsciiLetterLower(token[2]);
            if (!isDate || end >= text.Length)
            {
                return -1;
            }

            i = SkipSpaces(text, end);
        }

        return -1;
    }

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

    /// <summary>The end of the run of non-blank characters at <paramref name="at"/>.</summary>
    public static int TokenEnd(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..].IndexOfAny(' ', '\t');
        return rest < 0 ? text.Length : at + rest;
    }

    /// <summary>The first position at or after <paramref name="at"/> that is not a blank.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    // "[...]" with its closing bracket within MaxBracket characters, no nesting; the position after it, or -1.
    private static int BracketEnd(ReadOnlySpan<char> text, int at)
    {
        if (text[at] != '[')
        {
            return -1;
        }

        var window = text.Slice(at + 1, Math.Min(MaxBracket, text.Length - at - 1));
        var close = window.IndexOfAny('[', ']');
        return close > 0 && window[close] == ']' ? at + close + 2 : -1;
    }

    // A level word alone or bracketed and padded ("INFO", "[Note]", "[WARN ]", "info:"), or an upper-case word ending in a
    // colon ("LOG:", "DETAIL:"): PostgreSQL's and others' levels are not all in the level table.
    private static bool IsLevel(ReadOnlySpan<char> text, int at, out int end)
    {
        end = text[at] == '[' ? BracketEnd(text, at) : TokenEnd(text, at);
        if (end < 0)
        {
            return false;
        }

        var token = text[at..end];
        if (token.Length > 16)
        {
            return false;
        }

        var word = token.Trim("[]").Trim().TrimEnd(':');
        if (word.IsEmpty || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        if (Severities.TryParse(word, out _))
        {
            return true;
        }

        return token[^1] == ':' && word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');
    }

    // Digits, then any groups of ':' or '#' with digits or one letter, then an optional ':' ("31258", "67885:C", "815#815:").
    private static int NumberEnd(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == at)
        {
            return -1;
        }

        while (i + 1 < text.Length && text[i] is ':' or '#' && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            var start = ++i;
            if (char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            else
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            if (i == start)
            {
                return -1;
            }
        }

        if (i < text.Length && text[i] == ':')
        {
            i++;
        }

        return i == text.Length || text[i] is ' ' or '\t' ? i : -1;
    }
}
