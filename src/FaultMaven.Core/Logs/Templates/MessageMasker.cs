using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>
/// Turns a log message into its masked words: whitespace collapsed, and every part that looks like a value
/// (number, hex, id, IP, path, URL, size) replaced by <see cref="Wildcard"/>, keeping the punctuation around it
/// (<c>10.0.0.1:8080</c> → <c>&lt;*&gt;:&lt;*&gt;</c>, <c>uid=0</c> → <c>uid=&lt;*&gt;</c>, <c>core.2275</c> → <c>core.&lt;*&gt;</c>).
/// </summary>
public static partial class MessageMasker
{
    /// <summary>The variable placeholder used in templates.</summary>
    public const string Wildcard = "<*>";

    // Punctuation that separates a value from its key or its neighbours and is kept in the template.
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(":=,;()[]{}\"'|#@%<>");

    private static readonly SearchValues<char> UrlEnd = SearchValues.Create("]),\"'>");

    private static readonly SearchValues<char> PathLead = SearchValues.Create("\"'([{<");

    private static readonly SearchValues<char> Sigils = SearchValues.Create("*$");

    private static readonly SearchValues<char> HexLetters = SearchValues.Create("abcdefABCDEF");

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] SizeUnits = ["B", "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB"];

    /// <summary>Writes the masked words of <paramref name="message"/> to <paramref name="output"/>, separated by single spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Mask(ReadOnlySpan<char> message, CharBuffer output)
    {
        var start = output.Length;
        var previousWasWildcardWord = false;
        var previous = ReadOnlySpan<char>.Empty;
        var rest = message[MaskContextFields(message, output)..];
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.IsEmpty)
            {
                break;
            }

            var word = NextWord(rest);
            rest = rest[word.Length..];

            // "at Sun Jul  3 23:12:01 2005": a weekday or month name beside a day number or time starts a date, one value
            // however many words it takes ("16 Jul 2005" too: the day before the month joins the value already written).
            // "at [Sun, 06 Dec 2026 08:31:13 UTC]": the bracket or quote that opens the date is the format's, not the value's.
            var calendarLead = word.Length > 3 && PathLead.Contains(word[0]) ? 1 : 0;
            if (ValueShapes.IsCalendarName(word[calendarLead..]) && InDate(previous, rest))
            {
                var consumed = ConsumeDate(word[calendarLead..], rest, out var trail);
                rest = rest[consumed..];
                var dayBefore = calendarLead == 0 && previous.Length is 1 or 2 && !previous.ContainsAnyExceptInRange('0', '9')
                    && output.AsSpan(start).EndsWith(Wildcard);
                if (!dayBefore)
                {
                    if (output.Length > start)
                    {
                        output.Append(' ');
                    }

                    output.Append(word[..calendarLead]);
                    output.Append(Wildcard);
                }

                output.Append(trail);
                previous = word;
                previousWasWildcardWord = false;
                continue;
            }

            previous = word;

            // "16.0 KB," is one size: the unit joins the number before it.
            if (previousWasWildcardWord && SizeUnitLength(word) is var unit and > 0)
            {
                word = word[unit..];
                if (word.IsEmpty)
                {
                    continue;
                }

                // "327.16 MiB/sec.": a rate's constant "/sec" follows the unit; read as a path it would be a second value.
                if (IsPerUnit(word))
                {
                    output.Append(word);
                    previousWasWildcardWord = false;
                    continue;
                }

                // "677.8 KiB/371.0 KiB": a pair of sizes, each with its unit, is two values, not a size and a path.
                if (word.Length > 1 && word[0] == '/' && StartsWithDigit(word[1..]))
                {
                    output.Append('/');
                    var pairStart = output.Length;
                    MaskWord(word[1..], output);
                    previousWasWildcardWord = EndsWithNumber(word[1..], output.AsSpan(pairStart));
                    continue;
                }

                MaskWord(word, output);
                previousWasWildcardWord = false;
                continue;
            }

            if (output.Length > start)
            {
                output.Append(' ');
            }

            // "at 2026-12-04 03:24:01 +0000": a date, its clock and its zone are one value however many words they take.
            var dateLead = word.IndexOfAnyExcept(PathLead);
            if (dateLead >= 0 && DateWordLength(word[dateLead..]) is > 0 and var dateLength)
            {
                output.Append(word[..dateLead]);
                output.Append(Wildcard);
                var dateTrail = word[(dateLead + dateLength)..];
                if (dateTrail.IsEmpty)
                {
                    rest = rest[ConsumeClockAndZone(word[dateLead..], rest, out dateTrail)..];
                }

                MaskWord(dateTrail, output);
                previousWasWildcardWord = false;
                continue;
            }

            var wordStart = output.Length;
            MaskWord(word, output);

            // "(52.6 KB)", "data=249.1 GiB" too: the number may follow an opening bracket or a key.
            previousWasWildcardWord = EndsWithNumber(word, output.AsSpan(wordStart));
        }
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', '\t');
        return end < 0 ? text : text[..end];
    }

    private const string DateTrail = ",.)]}\"'";

    // Takes the words after a calendar name that continue the date (day, year, time, a zone after the time); returns
    // how much of the rest they take, and the punctuation that ends the date.
    private static int ConsumeDate(ReadOnlySpan<char> word, ReadOnlySpan<char> rest, out ReadOnlySpan<char> trail)
    {
        var last = word;
        var consumed = 0;
        var afterTime = false;
        while (last.TrimEnd(DateTrail).Length == last.Length || CommaInsideDate(last, rest[consumed..]))
        {
            var ahead = rest[consumed..].TrimStart();
            var next = NextWord(ahead);
            var core = next.TrimEnd(DateTrail);
            var isTime = core.Length >= 4 && char.IsAsciiDigit(core[0]) && core.Contains(':') && !core.ContainsAnyExcept(TimeChars);
            var isPart = ValueShapes.IsCalendarName(core)
                || (core.Length is >= 1 and <= 4 && !core.ContainsAnyExceptInRange('0', '9'))
                || isTime
                || (afterTime && core.Length is >= 2 and <= 5 && !core.ContainsAnyExceptInRange('A', 'Z'));
            if (next.IsEmpty || !isPart)
            {
                break;
            }

            afterTime = isTime;
            last = next;
            consumed = rest.Length - ahead.Length + next.Length;
        }

        trail = last[last.TrimEnd(DateTrail).Length..];
        return consumed;
    }

    // "Sun, 06 Dec 2026", "Dec 6, 2026": a comma after a weekday or month name before a day and a month name, or after a day
    // before a year, is inside the date; any other comma ends it ("Mar, 3 retries": no month after the number).
    private static bool CommaInsideDate(ReadOnlySpan<char> last, ReadOnlySpan<char> rest)
    {
        if (last.Length < 2 || last[^1] != ',' || last[^2] == ',')
        {
            return false;
        }

        var core = last[..^1];
        var ahead = rest.TrimStart();
        var next = NextWord(ahead);
        if (ValueShapes.IsCalendarName(core))
        {
            return next.Length is 1 or 2 && !next.ContainsAnyExceptInRange('0', '9')
                && ValueShapes.IsCalendarName(NextWord(ahead[next.Length..].TrimStart()));
        }

        next = next.TrimEnd(DateTrail);
        return core.Length is 1 or 2 && !core.ContainsAnyExceptInRange('0', '9') && next.Length == 4 && !next.ContainsAnyExceptInRange('0', '9');
    }

    private static readonly SearchValues<char> TimeChars = SearchValues.Create("0123456789:.");

    private static bool InDate(ReadOnlySpan<char> previous, ReadOnlySpan<char> rest)
    {
        if (StartsWithDigit(previous))
        {
            return true;
        }

        var next = NextWord(rest.TrimStart());
        if (StartsWithDigit(next))
        {
            return true;
        }

        // "Sun Jul  3": the weekday is followed by the month, then the day.
        return ValueShapes.IsCalendarName(next) && StartsWithDigit(NextWord(rest.TrimStart()[next.Length..].TrimStart()));
    }

    /// <summary>Masks one message into a new string; convenient outside hot paths.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Mask(string message)
    {
        var buffer = new CharBuffer(message.Length + 8);
        Mask(message, buffer);
        return buffer.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaskWord(ReadOnlySpan<char> word, CharBuffer output)
    {
        // Most words are plain: letters alone are a constant and digits alone a value, whatever the checks below would try.
        if (word.IsEmpty)
        {
            return;
        }

        if (!word.ContainsAnyExcept(AsciiLetters))
        {
            output.Append(word);
            return;
        }

        if (!word.ContainsAnyExceptInRange('0', '9'))
        {
            output.Append(Wildcard);
            return;
        }

        // A Windows path would otherwise split at its drive colon.
        if (word.Length > 3 && char.IsAsciiLetter(word[0]) && word[1] == ':' && word[2] == '\\')
        {
            output.Append(Wildcard);
            return;
        }

        var core = word.TrimEnd(",;.)]");
        if (ValueShapes.IsColonHex(core))
        {
            output.Append(Wildcard);
            output.Append(word[core.Length..]);
            return;
        }

        if (ValueShapes.TryFindEmail(word, out var emailStart, out var emailEnd))
        {
            MaskWord(word[..emailStart], output);
            output.Append(Wildcard);
            MaskWord(word[emailEnd..], output);
            return;
        }

        // scheme://anything is one value; the scheme says what kind it is.
        var schemeEnd = word.IndexOf("://");
        if (schemeEnd > 0)
        {
            var schemeStart = schemeEnd;
            while (schemeStart > 0 && IsSchemeChar(word[schemeStart - 1]))
            {
                schemeStart--;
            }

            if (schemeStart < schemeEnd)
            {
                MaskWord(word[..schemeStart], output);
                output.Append(word[schemeStart..(schemeEnd + 3)]);
                MaskUrl(word[schemeStart..schemeEnd], word[(schemeEnd + 3)..], IsFieldValue(word[..schemeStart]), output);
                return;
            }
        }

        // "/checkout?cart=1f&step=2" (a request line's target): a path with its query is one value, whatever keys the query
        // holds; split at its '=' and '&' it would change arity with the query.
        var lead = word.IndexOfAnyExcept(PathLead);
        if (lead >= 0 && lead + 1 < word.Length && word[lead] == '/' && word[lead + 1] != '/')
        {
            var target = word[lead..];
            var close = target.IndexOfAny(UrlEnd);
            var query = target.IndexOf('?');
            if (query > 0 && (close < 0 || close > query))
            {
                output.Append(word[..lead]);
                output.Append(Wildcard);
                if (close >= 0)
                {
                    MaskWord(target[close..], output);
                }

                return;
            }
        }

        var (afterColon, afterHexGroup) = (false, false);
        while (!word.IsEmpty)
        {
            // "t=2026-12-06T02:12:01Z", "(12:00:05.27)", "\"ghcr.io/acme/api:v2\"": a date, a clock or an image reference is
            // one value, not cut at its colons (but the tail of "1:23:45:67" is no clock).
            var whole = afterColon ? 0 : DateTimeLength(word);
            whole = whole > 0 || afterColon ? whole : ImageReferenceLength(word);
            // Not inside a longer run of hex groups ("FF:F2:9F:…", twelve groups): its last seven are no address of their own.
            whole = whole > 0 || afterHexGroup ? whole : ValueShapes.Ipv6Length(word);
            whole = whole > 0 ? whole : PathListLength(word);
            if (whole > 0)
            {
                output.Append(Wildcard);
                word = word[whole..];
                continue;
            }

            var cut = NextCut(word);
            if (cut < 0 || (IsMountPath(word[..cut]) && word[cut] is '"' or '\'' or ',' or ';' or ')' or ']' or '}'))
            {
                // "path=secret/" (a mount point, its closing slash its own): only where the value ends, since in
                // "[alice/<via …>]" the slash separates two things.
                if (IsMountPath(cut < 0 ? word : word[..cut]))
                {
                    output.Append(Wildcard);
                    word = cut < 0 ? [] : word[cut..];
                    continue;
                }

                MaskSegment(word, output);
                return;
            }

            // "\"id\"": the backslash escaping a quote belongs to the quote, not to the value before it.
            var escaped = cut > 0 && word[cut - 1] == '\\' && word[cut] is '"' or '\'';
            MaskSegment(word[..(escaped ? cut - 1 : cut)], output);
            output.Append(word[(escaped ? cut - 1 : cut)..(cut + 1)]);
            // Only a number before the colon makes what follows its tail ("1:23:45:67"); after a key ("start:2026-12-06T…")
            // a date or an image reference is read whole.
            afterColon = word[cut] == ':' && cut > 0 && char.IsAsciiDigit(word[cut - 1]);
            afterHexGroup = word[cut] == ':' && cut > 0 && !word[..cut].ContainsAnyExcept(HexDigits);
            word = word[(cut + 1)..];
        }
    }

    // A segment is the text between two delimiters, e.g. "core.2275", "/var/log/x", "blk_-123", "0.0.0.0/0.0.0.0".
    private static void MaskSegment(ReadOnlySpan<char> segment, CharBuffer output)
    {
        if (segment.IsEmpty)
        {
            return;
        }

        // "*8450117" (a connection number), "$3": a sigil before a number marks the number as a value and stays. ("~12,345/s"
        // is not: an approximate count with a thousands separator would then split from "~900/s" by arity.)
        var afterSigils = segment.IndexOfAnyExcept(Sigils);
        if (afterSigils > 0 && char.IsAsciiDigit(segment[afterSigils]))
        {
            output.Append(segment[..afterSigils]);
            MaskSegment(segment[afterSigils..], output);
            return;
        }

        if (IsPath(segment))
        {
            output.Append(Wildcard);
            return;
        }

        var slash = segment.IndexOf('/');
        if (slash > 0 && ValueShapes.IsNetwork(segment[..slash], segment[(slash + 1)..]))
        {
            output.Append(Wildcard);
            return;
        }

        if (slash >= 0)
        {
            MaskDotted(segment[..slash], output);
            output.Append('/');
            MaskSegment(segment[(slash + 1)..], output);
            return;
        }

        MaskDotted(segment, output);
    }

    // Dotted names keep their constant parts ("core.<*>"); runs of variable parts collapse ("10.0.0.1" → "<*>").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaskDotted(ReadOnlySpan<char> segment, CharBuffer output)
    {
        if (segment.IndexOf('.') < 0)
        {
            if (IsVariable(segment))
            {
                output.Append(Wildcard);
            }
            else if (ValueShapes.CountedNamePrefix(segment) is > 0 and var prefix)
            {
                // "C79408" (a connection number behind its letter): the letter stays, as in "blk_<*>"; one value a token, so
                // "[C79408][S828587437]" is "[C<*>][S<*>]" on every line rather than a new word on each.
                output.Append(segment[..prefix]);
                output.Append(Wildcard);
            }
            else
            {
                output.Append(segment);
            }

            return;
        }

        // "TLSv1.2", "go1.21.5": a version behind its letters is one value; the letters are the statement's.
        if (ValueShapes.VersionPrefixLength(segment) is > 0 and var versionPrefix)
        {
            output.Append(segment[..versionPrefix]);
            output.Append(Wildcard);
            return;
        }

        if (ValueShapes.IsHostName(segment))
        {
            output.Append(Wildcard);
            return;
        }

        var lastWasWildcard = false;
        var first = true;
        foreach (var range in segment.Split('.'))
        {
            var part = segment[range];
            var variable = IsVariable(part);
            if (variable && lastWasWildcard)
            {
                // "<*>.<*>" is one value.
                continue;
            }

            if (!first)
            {
                output.Append('.');
            }

            output.Append(variable ? Wildcard : part);
            lastWasWildcard = variable;
            first = false;
        }
    }

    /// <summary>True when a dot-free part holds a value: any of its <c>_</c>/<c>-</c> atoms starts with a digit or is a long hex string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsVariable(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty)
        {
            return false;
        }

        foreach (var range in part.SplitAny('_', '-', '+'))
        {
            var atom = part[range];
            if (atom.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(atom[0]) || IsLongHex(atom) || ValueShapes.IsScrambledId(atom))
            {
                return true;
            }
        }

        return false;
    }

    // Hashes, ids and addresses written in hex: 8+ hex characters with at least one digit and one letter.
    private static bool IsLongHex(ReadOnlySpan<char> atom) =>
        atom.Length >= 8
        && !atom.ContainsAnyExcept(HexDigits)
        && atom.ContainsAnyInRange('0', '9')
        && atom.ContainsAny(HexLetters);

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private static bool IsPath(ReadOnlySpan<char> segment) =>
        (segment.Length > 1 && segment[0] == '/' && segment[1] != '/')
        || segment.StartsWith("~/")
        || segment.StartsWith("./")
        || segment.StartsWith("../")
        || (segment.Length > 2 && char.IsAsciiLetter(segment[0]) && segment[1] == ':' && segment[2] == '\\')
        || segment.Count('\\') >= 2;

    private static bool IsSchemeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-';

    // The word ends with a number, masked to a wildcard: its last part after a delimiter starts with a digit.
    private static bool EndsWithNumber(ReadOnlySpan<char> word, ReadOnlySpan<char> masked) =>
        masked.EndsWith(Wildcard) && StartsWithDigit(word[(word.LastIndexOfAny(Delimiters) + 1)..]);

    private static bool StartsWithDigit(ReadOnlySpan<char> word) =>
        !word.IsEmpty && (char.IsAsciiDigit(word[0]) || (word.Length > 1 && word[0] is '-' or '+' && char.IsAsciiDigit(word[1])));

    private static int SizeUnitLength(ReadOnlySpan<char> word)
    {
        foreach (var unit in SizeUnits)
        {
            if (word.StartsWith(unit, StringComparison.Ordinal)
                && (word.Length == unit.Length || !char.IsAsciiLetterOrDigit(word[unit.Length])))
            {
                return unit.Length;
            }
        }

        return 0;
    }
}
