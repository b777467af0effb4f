namespace FaultMaven.Core.Logs.Formats;

/// <summary>Reads one header field of a given kind at a position of a message; every check looks at one token only.</summary>
internal static partial class HeaderTokens
{
    // A bracketed token longer than this is not a header field (and no scan runs further).
    private const int MaxBracket = 96;

    // A tag is a source name that may hold a parenthesised part ("Access(local_directory):").
    private static readonly System.Buffers.SearchValues<char> TagChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._$:#@/<>-()");

    // What a bracket may hold after the stamp it starts with: a pid, a level and a process name.
    private const int MaxStampTail = 32;

    // Characters a separator field is made of.
    private static readonly System.Buffers.SearchValues<char> SeparatorChars = System.Buffers.SearchValues.Create(":|->=*#~");

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
                return BracketFieldEnd(text, at);
            case HeaderFieldKind.Number:
                return NumberEnd(text, at);
            case HeaderFieldKind.Mark:
                return Marks.Contains(text[at]) && (at + 1 == text.Length || text[at + 1] is ' ' or '\t') ? at + 1 : -1;
            case HeaderFieldKind.Separator:
                return SeparatorEnd(text, at);
            case HeaderFieldKind.Tag:
                return TagEnd(text, at);
            case HeaderFieldKind.Named:
                return NamedEnd(text, at);
            case HeaderFieldKind.Column:
                return ColumnEnd(text, at);
            case HeaderFieldKind.Logger:
                return LoggerEnd(text, at);
            case HeaderFieldKind.Group:
                return GroupEnd(text, at);
            case HeaderFieldKind.Pairs:
                return PairsEnd(text, at);
            case HeaderFieldKind.Glued:
                return GluedEnd(text, at);
            case HeaderFieldKind.Capitals:
                return IsLevel(text, at, out var knownEnd) && Ends(text, knownEnd) ? knownEnd : CapitalsEnd(text, at);
            case HeaderFieldKind.Word:
                var word = TokenEnd(text, at);
                return word - at <= MaxBracket ? word : -1;
            default:
                var end = TokenEnd(text, at);
                return end > at + 1 && !text[at..end].ContainsAnyExcept(SourceChars) && char.IsAsciiLetter(text[at]) && text[end..].StartsWith(" - ")
                    ? end + 3
                    : -1;
        }
    }

    /// <summary>The text of the field that starts at <paramref name="at"/> and ends at <paramref name="end"/>, as compared across
    /// lines: its brackets, blanks and separators trimmed and every run of digits written as one '#', so that "[pid 81]" and
    /// "[pid 9140]" are one value; at most <see cref="MaxBracket"/> characters are read.</summary>
    public static string Shape(ReadOnlySpan<char> text, int at, int end)
    {
        var field = text[at..Math.Min(end, at + MaxBracket)].Trim(" \t[](){}<>:|");

        // A key and its value ("requestID=7f3a…", "id=12"): the key is what repeats, the value is the line's.
        var equals = field.IndexOf('=');
        if (equals > 0 && !field[..equals].ContainsAnyExcept(KeyChars) && !field.ContainsAny(' ', '\t'))
        {
            return field[..(equals + 1)].ToString();
        }
        Span<char> shape = stackalloc char[field.Length];
        var length = 0;
        for (var i = 0; i < field.Length; i++)
        {
            if (!char.IsAsciiDigit(field[i]))
            {
                shape[length++] = field[i];
            }
            else if (i == 0 || !char.IsAsciiDigit(field[i - 1]))
            {
                shape[length++] = '#';
            }
        }

        return shape[..length].ToString();
    }

    /// <summary>Whether the field at <paramref name="at"/> (bracketed or not) holds nothing but digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> text, int at, int end)
    {
        var inside = text[at..end].Trim(" \t[](){}<>:");
        return !inside.IsEmpty && !inside.ContainsAnyExceptInRange('0', '9');
    }

    // A field ends at a blank, at the end, or where a bracketed field starts ("[stamp][INFO ][component]").
    private static bool Ends(ReadOnlySpan<char> text, int end) => end == text.Length || text[end] is ' ' or '\t' or '[';

    /// <summary>The end of the run of non-blank characters at <paramref name="at"/>.</summary>
    public static int TokenEnd(ReadOnlySpan<char> text, int at)
    {
        var rest = text[at..].IndexOfAny(' ', '\t');
        return rest < 0 ? text.Length : at + rest;
    }

    // The end of the run of non-blank characters at the position, or -1 when it is longer than the limit (no scan past it).
    private static int TokenEnd(ReadOnlySpan<char> text, int at, int limit)
    {
        var window = text.Slice(at, Math.Min(limit + 1, text.Length - at));
        var rest = window.IndexOfAny(' ', '\t');
        return rest >= 0 ? at + rest : window.Length <= limit ? text.Length : -1;
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

    // "[...]", "(...)", "{...}" or "<...>" with its closing bracket within MaxBracket characters, no nesting; the position
    // after it, or -1.
    private static int BracketEnd(ReadOnlySpan<char> text, int at)
    {
        var closer = text[at] switch
        {
            '[' => ']',
            '(' => ')',
            '{' => '}',
            '<' => '>',
            _ => '\0',
        };
        if (closer == '\0')
        {
            return -1;
        }

        var window = text.Slice(at + 1, Math.Min(MaxBracket, text.Length - at - 1));
        var close = window.IndexOfAny(text[at], closer);
        return close >= 0 && window[close] == closer ? at + close + 2 : -1;
    }

    // A bracketed field: its inside one token, padded ("[ 311 ]", "[salt.state    :17]"), a word and a token ("[pid 81]") or
    // empty ("{}"); a colon may follow it. A number in round, curly or angle brackets is a value the message counts
    // ("(71013) Login OK"), not a field of the header: only "[81]" is a pid.
    private static int BracketFieldEnd(ReadOnlySpan<char> text, int at)
    {
        var close = BracketEnd(text, at);
        if (close < 0)
        {
            return -1;
        }

        var inside = text[(at + 1)..(close - 1)];
        var trimmed = inside.Trim();
        if (text[at] != '[' && !trimmed.IsEmpty && !trimmed.ContainsAnyExceptInRange('0', '9'))
        {
            return -1;
        }

        var padded = trimmed.Length < inside.Length || trimmed.Contains("  ", StringComparison.Ordinal);
        var blanks = trimmed.Count(' ') + trimmed.Count('\t');
        if (blanks > 1 && !padded)
        {
            return -1;
        }

        if (close < text.Length && text[close] == ':')
        {
            close++;
        }

        return Ends(text, close) ? close : -1;
    }

    // One to three separator characters alone ("|", "--", "---", ":", ">").
    private static int SeparatorEnd(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 3 && SeparatorChars.Contains(text[end]))
        {
            end++;
        }

        return end > at && (end == text.Length || text[end] is ' ' or '\t') ? end : -1;
    }

    // A word of name characters ending in ':' or '|' ("Auth:", "MergeTask::Merge:", "pbx.c:", "kid2|").
    private static int TagEnd(ReadOnlySpan<char> text, int at)
    {
        // A name may start with a digit where it holds letters too ("0-management:", a numbered translator), not a number's colon.
        var end = TokenEnd(text, at, MaxBracket);
        var qualified = QualifiedEnd(text, end);
        var name = qualified > 0 ? text[at..end] : end > at ? text[at..(end - 1)] : default;
        end = qualified > 0 ? qualified : end;
        if (end - at < 2 || !char.IsAsciiLetterOrDigit(text[at]) || text[end - 1] is not (':' or '|')
            || !char.IsAsciiLetter(text[at]) && !text[at..end].ContainsAnyInRange('a', 'z'))
        {
            return -1;
        }

        return !name.ContainsAnyExcept(TagChars) && !name.Contains("//", StringComparison.Ordinal) && Ends(text, end) ? end : -1;
    }

    // After a name, a parenthesised qualifier with no blank inside, then the colon ("SystemLog (system.query_log):"): where
    // that ends, or -1.
    private static int QualifiedEnd(ReadOnlySpan<char> text, int end)
    {
        if (end < 0 || end + 1 >= text.Length || text[end] != ' ' || text[end - 1] == ':' || text[end + 1] != '(')
        {
            return -1;
        }

        var qualifier = TokenEnd(text, end + 1, MaxBracket);
        return qualifier > end + 4 && text[qualifier - 1] == ':' && text[qualifier - 2] == ')' ? qualifier : -1;
    }

    // A name with bracketed parts glued to it, ending in ':' ("chronyd[612]:", "krb5kdc[1187](info):"), or a name and its
    // pid with no colon ("ftpd[612]"), as some daemons write it before more fields.
    private static int NamedEnd(ReadOnlySpan<char> text, int at)
    {
        var end = TokenEnd(text, at, MaxBracket);
        if (end - at < 4 || !char.IsAsciiLetter(text[at]))
        {
            return -1;
        }

        var colon = text[end - 1] == ':' && text[end - 2] is ']' or ')';
        var pid = text[at..end].IndexOf('[');
        if (!colon && (text[end - 1] != ']' || pid <= 0 || !IsDigits(text, at + pid, end)))
        {
            return -1;
        }

        var open = text[at..end].IndexOfAny('[', '(');
        return open > 0 && Ends(text, end) ? end : -1;
    }

    // The text up to the next tab, when one comes within MaxBracket characters.
    private static int ColumnEnd(ReadOnlySpan<char> text, int at)
    {
        var window = text.Slice(at, Math.Min(MaxBracket, text.Length - at));
        var tab = window.IndexOf('\t');
        return tab > 0 ? at + tab : -1;
    }

    // A level word alone or bracketed and padded ("INFO", "[Note]", "[WARN ]", "info:"), or an upper-case word ending in a
    // colon ("LOG:", "DETAIL:"): PostgreSQL's and others' levels are not all in the level table.
    private static bool IsLevel(ReadOnlySpan<char> text, int at, out int end)
    {
        end = text[at] is '[' or '(' or '<' ? BracketEnd(text, at) : TokenEnd(text, at);
        if (end < 0)
        {
            return false;
        }

        if (end < text.Length && text[end] == ':' && text[at] is '(' or '<')
        {
            end++;
        }

        var token = text[at..end];
        if (token.Length > 16)
        {
            return false;
        }

        var word = token.Trim("[]()<>").Trim().TrimEnd(':').TrimEnd(',');
        if (word.IsEmpty || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        // Ruby's and Android's one-letter levels ("I, [stamp #81]  INFO -- :", "W/Tag"): the letter written with its comma.
        if (word.Length == 1 && token.Length == 2 && token[1] == ',' && "TDIWEFA".Contains(word[0]))
        {
            return true;
        }

        if (Severities.TryParse(word, out _))
        {
            return true;
        }

        return token[^1] == ':' && word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');
    }

    /// <summary>Whether a level word of the level table (or an upper-case word with a colon) starts at <paramref name="at"/>.</summary>
    public static bool IsKnownLevel(ReadOnlySpan<char> text, int at) => IsLevel(text, at, out var end) && Ends(text, end);

    // A word of two to five capitals alone ("LOG", "DEBG"), as a level some programs write outside the level table.
    private static int CapitalsEnd(ReadOnlySpan<char> text, int at)
    {
        var end = TokenEnd(text, at, 6);
        return end - at is >= 2 and <= 5 && !text[at..end].ContainsAnyExceptInRange('A', 'Z') && Ends(text, end) ? end : -1;
    }

    // Digits (perhaps after a minus), then any groups of ':' or '#' with digits or one letter, then an optional ':' ("31258", "67885:C", "815#815:").
    private static int NumberEnd(ReadOnlySpan<char> text, int at)
    {
        // A level or a count written as -1 is a number too.
        var i = text[at] == '-' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]) ? at + 1 : at;
        at = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == at)
        {
            return -1;
        }

        var groups = 0;
        while (i + 1 < text.Length && (text[i] is ':' or '#' || text[i] == '.' && groups > 0) && char.IsAsciiLetterOrDigit(text[i + 1]))
        {
            groups++;
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
