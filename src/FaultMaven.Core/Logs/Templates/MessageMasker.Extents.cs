using System.Buffers;
using System.Globalization;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>Where a value starts and ends when its own punctuation would cut it: dates and clocks, URLs, rates, mount paths.</summary>
public static partial class MessageMasker
{
    private static readonly SearchValues<char> WordChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> UrlStructure = SearchValues.Create("/?#@");

    private static readonly SearchValues<char> QueryChars = SearchValues.Create("?=&@");

    private static readonly SearchValues<char> PathNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");

    // Where the next delimiter is: ASCII punctuation, or a quotation mark or bracket of another script ("‹10.0.0.5:5432›",
    // "«bob»", "「x」"), which a format writes around a value as it would write '"' or '['.
    private static int NextCut(ReadOnlySpan<char> word)
    {
        var cut = word.IndexOfAny(Delimiters);
        var scan = cut < 0 ? word : word[..cut];
        var wide = scan.IndexOfAnyExceptInRange('\0', '\x7f');
        while (wide >= 0)
        {
            if (IsWideMark(scan[wide]))
            {
                return wide;
            }

            var next = scan[(wide + 1)..].IndexOfAnyExceptInRange('\0', '\x7f');
            wide = next < 0 ? -1 : wide + 1 + next;
        }

        return cut;
    }

    internal static bool IsWideMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation;

    /// <summary>
    /// The length of a date or time at the start of <paramref name="text"/>: <c>2026-12-04</c>, <c>2026-12-06T02:12:01.22Z</c>,
    /// <c>12:00:05.271928</c>, <c>03:24:01+0000</c>; 0 when there is none, or when a letter, digit or name character follows it
    /// (<c>2026-12-04-build</c>, <c>1:23:45:67</c> are other values).
    /// </summary>
    internal static int DateTimeLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 7 || !char.IsAsciiDigit(text[0]))
        {
            return 0;
        }

        int length;
        if (IsoDateLength(text) is > 0 and var date)
        {
            length = date;
            if (length + 1 < text.Length && text[length] == 'T' && ClockLength(text[(length + 1)..]) is > 0 and var clock)
            {
                length += 1 + clock;
            }
        }
        else
        {
            length = ClockLength(text);
        }

        return length == 0 || (length < text.Length && (text[length] == ':' || WordChars.Contains(text[length]))) ? 0 : length;
    }

    // yyyy-mm-dd
    private static int IsoDateLength(ReadOnlySpan<char> text) =>
        text.Length >= 10 && text[4] == '-' && text[7] == '-' && !text[..4].ContainsAnyExcept(Digits)
        && !text.Slice(5, 2).ContainsAnyExcept(Digits) && !text.Slice(8, 2).ContainsAnyExcept(Digits) ? 10 : 0;

    // h:mm:ss or hh:mm:ss, a fraction after '.', and a zone glued to it ("Z", "+0000", "-07:00").
    private static int ClockLength(ReadOnlySpan<char> text)
    {
        var hours = text.IndexOf(':');
        if (hours is < 1 or > 2 || text[..hours].ContainsAnyExcept(Digits) || text.Length < hours + 6
            || text[hours + 3] != ':' || text.Slice(hours + 1, 2).ContainsAnyExcept(Digits) || text.Slice(hours + 4, 2).ContainsAnyExcept(Digits))
        {
            return 0;
        }

        var length = hours + 6;
        if (length + 1 < text.Length && text[length] == '.' && char.IsAsciiDigit(text[length + 1]))
        {
            length++;
            while (length < text.Length && char.IsAsciiDigit(text[length]))
            {
                length++;
            }
        }

        return length + ZoneLength(text[length..]);
    }

    private static int ZoneLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        if (text[0] == 'Z')
        {
            return 1;
        }

        if (text[0] is not ('+' or '-') || text.Length < 5 || text.Slice(1, 2).ContainsAnyExcept(Digits))
        {
            return 0;
        }

        var minutes = text[3] == ':' ? 4 : 3;
        return text.Length >= minutes + 2 && !text.Slice(minutes, 2).ContainsAnyExcept(Digits) ? minutes + 2 : 0;
    }

    // A word that is a date or a clock but for the punctuation that closes it ("2026-12-04", "03:24:01)"); 0 otherwise.
    private static int DateWordLength(ReadOnlySpan<char> word) =>
        DateTimeLength(word) is > 0 and var length && word[length..].TrimEnd(DateTrail).IsEmpty ? length : 0;

    // After a date word: the clock word that follows a bare date, then a zone word ("+0000", "UTC", "PDT"). Returns how much
    // of the rest they take and the punctuation that closes the last of them.
    private static int ConsumeClockAndZone(ReadOnlySpan<char> date, ReadOnlySpan<char> rest, out ReadOnlySpan<char> trail)
    {
        trail = [];
        if (date.Length == 10 && !date.Contains(':'))
        {
            var ahead = rest.TrimStart();
            var next = NextWord(ahead);
            var clock = ClockLength(next);
            if (clock == 0 || !next[clock..].TrimEnd(DateTrail).IsEmpty)
            {
                return 0;
            }

            trail = next[clock..];
            var consumed = rest.Length - ahead.Length + next.Length;
            return trail.IsEmpty ? consumed + ConsumeZone(rest[consumed..], ref trail) : consumed;
        }

        return ConsumeZone(rest, ref trail);
    }

    private static int ConsumeZone(ReadOnlySpan<char> rest, ref ReadOnlySpan<char> trail)
    {
        var ahead = rest.TrimStart();
        var next = NextWord(ahead);
        var core = next.TrimEnd(DateTrail);
        var zone = (core.Length == 5 && ZoneLength(core) == 5) || (core.Length == 6 && ZoneLength(core) == 6)
            || core is "UTC" or "GMT" || (core.Length is 3 or 4 && core[^1] == 'T' && !core.ContainsAnyExceptInRange('A', 'Z'));
        if (!zone)
        {
            return 0;
        }

        trail = next[core.Length..];
        return rest.Length - ahead.Length + next.Length;
    }

    // "/opt/lib/*:/opt/conf:/srv/app.jar": three or more absolute paths joined by ':' (a classpath, a search path) are one
    // value. Fewer are a path and its line, or two paths the format pairs; the scan stops at the first part that is no path,
    // so a failed read is not repeated over the same parts.
    private static int PathListLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 5 || text[0] != '/')
        {
            return 0;
        }

        var parts = 1;
        var at = 0;
        while (true)
        {
            var end = text[at..].IndexOfAny(Delimiters);
            if (end < 0)
            {
                at = text.Length;
                break;
            }

            at += end;
            if (text[at] != ':' || at + 2 >= text.Length || text[at + 1] != '/' || text[at + 2] == '/')
            {
                break;
            }

            parts++;
            at++;
        }

        return parts >= 3 ? at : 0;
    }

    // "/sec", "/s": a constant per-unit after a size unit.
    private static bool IsPerUnit(ReadOnlySpan<char> word)
    {
        var core = word.TrimEnd(DateTrail);
        return core.Length >= 2 && core[0] == '/' && !core[1..].ContainsAnyExcept(AsciiLetters);
    }

    // "database/", "auth/approle/": a relative path written with its closing slash (a mount point) is one value; cut at the
    // slash, the slash would be kept outside the value.
    private static bool IsMountPath(ReadOnlySpan<char> segment) =>
        segment.Length > 1 && segment[^1] == '/' && segment[0] != '/' && !segment.ContainsAnyExcept(PathNameChars)
        && segment.ContainsAny(AsciiLetters);

    // What follows "scheme://" up to the bracket or quote that closes the word. A constant site ("http://wiki.example.org/x")
    // stays; a bare "host:port" is two values, as everywhere else; any other URL is one value.
    private static void MaskUrl(ReadOnlySpan<char> scheme, ReadOnlySpan<char> tail, bool fieldValue, CharBuffer output)
    {
        var close = tail.IndexOfAny(UrlEnd);
        var end = close < 0 ? tail.Length : close;

        // "\"https://x/y\"": the backslash escaping the closing quote is the quote's; "queue://orders." ends a sentence.
        if (close > 0 && tail[close - 1] == '\\' && tail[close] is '"' or '\'')
        {
            end--;
        }

        var value = tail[..end].TrimEnd('.');
        var after = tail[value.Length..];
        if (!value.IsEmpty)
        {
            if (!fieldValue && IsConstantSite(scheme, value))
            {
                output.Append(value);
            }
            else if (value.IndexOfAny(UrlStructure) < 0 && value.IndexOf(':') is > 0 and var colon && colon == value.LastIndexOf(':')
                && colon + 1 < value.Length && !value[(colon + 1)..].ContainsAnyExcept(Digits))
            {
                output.Append(Wildcard);
                output.Append(':');
                output.Append(Wildcard);
            }
            else
            {
                output.Append(Wildcard);
            }
        }

        if (!after.IsEmpty)
        {
            MaskWord(after, output);
        }
    }

    // "repo_url=https://…", "\"url\":\"https://…": a URL assigned to a field is that field's value, whatever it looks like;
    // a site the program prints as text stands in a sentence ("see https://docs…").
    private static bool IsFieldValue(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd("\"'\\");
        return before.EndsWith('=') || (before.Length > 1 && before[^1] == ':' && before[^2] is '"' or '\'');
    }

    // A web address with no digit and no query: a documentation or project site the program prints as text.
    private static bool IsConstantSite(ReadOnlySpan<char> scheme, ReadOnlySpan<char> value)
    {
        if (!(scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            || value.ContainsAny(Digits) || value.ContainsAny(QueryChars))
        {
            return false;
        }

        var slash = value.IndexOf('/');
        var host = slash < 0 ? value : value[..slash];
        return host.IndexOf('.') > 0 && !host.ContainsAnyExcept(PathNameChars);
    }
    private static readonly SearchValues<char> RepositoryChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._-/");

    private static readonly SearchValues<char> TagChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    /// <summary>
    /// The length of a container image reference or a content digest at the start of <paramref name="text"/>, one value:
    /// <c>registry.example.com:5000/team/api:v2.1</c>, <c>ghcr.io/acme/logs@sha256:…</c>, <c>sha256:…</c>. The registry has a
    /// dot or a port, the repository is lower case, the tag is not a bare number (<c>pkg/server.go:207</c> is a source line);
    /// 0 for anything else.
    /// </summary>
    internal static int ImageReferenceLength(ReadOnlySpan<char> text)
    {
        if (DigestLength(text) is > 0 and var digest)
        {
            return digest;
        }

        var registry = text.IndexOfAnyExcept(HostNameChars);
        if (registry <= 0 || registry == text.Length)
        {
            return 0;
        }

        var dotted = text[..registry].Contains('.');
        var at = registry;
        if (text[at] == ':')
        {
            var port = text[(at + 1)..].IndexOfAnyExcept(Digits);
            if (port <= 0)
            {
                return 0;
            }

            at += 1 + port;
            dotted = true;
        }

        if (!dotted || at >= text.Length || text[at] != '/')
        {
            return 0;
        }

        var repository = text[at..].IndexOfAnyExcept(RepositoryChars);
        at = repository < 0 ? text.Length : at + repository;
        if (text[at - 1] == '/' || at >= text.Length)
        {
            return 0;
        }

        var tagged = false;
        if (text[at] == ':')
        {
            var tag = text[(at + 1)..].IndexOfAnyExcept(TagChars);
            var length = tag < 0 ? text.Length - at - 1 : tag;
            var value = text.Slice(at + 1, length);
            if (length == 0 || value[0] is '.' or '-' || !value.ContainsAnyExcept(Digits))
            {
                return 0;
            }

            at += 1 + length;
            tagged = true;
        }

        if (at < text.Length && text[at] == '@' && DigestLength(text[(at + 1)..]) is > 0 and var pinned)
        {
            at += 1 + pinned;
            tagged = true;
        }

        return tagged && (at == text.Length || !WordChars.Contains(text[at])) ? at : 0;
    }

    // "sha256:<64 hex>": an algorithm and its hex digest are one value.
    private static int DigestLength(ReadOnlySpan<char> text)
    {
        var prefix = text.StartsWith("sha256:", StringComparison.Ordinal) || text.StartsWith("sha512:", StringComparison.Ordinal) ? 7 : 0;
        if (prefix == 0)
        {
            return 0;
        }

        var hex = text[prefix..].IndexOfAnyExcept(HexDigits);
        var length = hex < 0 ? text.Length - prefix : hex;
        return length >= 32 && (prefix + length == text.Length || !WordChars.Contains(text[prefix + length])) ? prefix + length : 0;
    }

    private static readonly SearchValues<char> HostNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");
}
