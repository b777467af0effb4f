using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Templates;

/// <summary>Value shapes that are words rather than numbers: calendar names inside dates, host names, e-mail addresses.</summary>
internal static class ValueShapes
{
    private static readonly HashSet<string> CalendarNames = new(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
         "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March",
         "April", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarLookup = CalendarNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> HostChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

    private static readonly SearchValues<char> HexDigitsAndColon = SearchValues.Create("0123456789abcdefABCDEF:");

    private static readonly SearchValues<char> DigitOrHyphen = SearchValues.Create("0123456789-");

    private static readonly SearchValues<char> LocalPartChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> DomainChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>A capitalised weekday or month name (<c>Sun</c>, <c>Jul</c>, <c>July</c>), optionally followed by <c>,</c> or <c>.</c>.</summary>
    public static bool IsCalendarName(ReadOnlySpan<char> word)
    {
        // Every word of every message comes here: most fail on their first character, before the trim and the lookup.
        if (word.IsEmpty || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }

        word = word.TrimEnd(",.");
        return word.Length is >= 3 and <= 9 && char.IsAsciiLetterUpper(word[0]) && CalendarLookup.Contains(word);
    }

    /// <summary>
    /// A DNS name used as a value: three or more labels, the last a 2–6 letter lower-case top-level domain, and a
    /// digit or hyphen somewhere (<c>host8.example.net</c>, <c>24-5-1-9.dsl.isp.com</c>, <c>MININT-X5.corp.example.com</c>).
    /// Package, class and property names (<c>org.apache.hadoop.mapred</c>, <c>spark.executor.memory</c>) have neither,
    /// or end in a class name, or carry underscores.
    /// </summary>
    public static bool IsHostName(ReadOnlySpan<char> segment)
    {
        if (segment.Length < 7 || segment.ContainsAnyExcept(HostChars) || segment.Count('.') < 2 || !segment.ContainsAny(DigitOrHyphen))
        {
            return false;
        }

        var lastDot = segment.LastIndexOf('.');
        var tld = segment[(lastDot + 1)..];
        if (tld.Length is < 2 or > 6 || tld.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        foreach (var range in segment.Split('.'))
        {
            if (range.Start.Value == range.End.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A MAC address or a longer colon-separated hex id (<c>5e:79:5b:dc:1a:03</c>): five groups or more, one value.</summary>
    public static bool IsColonHex(ReadOnlySpan<char> word) =>
        word.Count(':') >= 4 && !word.ContainsAnyExcept(HexDigitsAndColon) && !word.Contains("::", StringComparison.Ordinal) && word[0] != ':' && word[^1] != ':';

    /// <summary>
    /// The length of an IPv6 address at the start of <paramref name="text"/> (<c>2001:db8::1</c>, <c>fe80::1c2:3%eth0</c>,
    /// <c>::ffff:10.0.0.5</c>, <c>2001:db8:6714:771b:19d9</c>), one value with its zone; 0 for anything else. Hex groups of one
    /// to four characters, a digit somewhere, and one <c>::</c> or four groups or more with a hex letter: scope operators
    /// (<c>std::vector</c>, <c>http::client</c>), clocks and counters (<c>1:23:45:67</c>) have none of these together.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Ipv6Length(ReadOnlySpan<char> text)
    {
        // 39 characters hold any address; the bound keeps a long run of colons and hex linear to cut.
        if (text.Length < 3 || !(HexDigitSet.Contains(text[0]) || (text[0] == ':' && text[1] == ':')))
        {
            return 0;
        }

        var window = text[..Math.Min(text.Length, 40)];
        var end = window.IndexOfAnyExcept(HexDigitsAndColon);
        end = end < 0 ? window.Length : end;
        if (end is < 3 or 40)
        {
            return 0;
        }

        var address = text[..end];
        if (address[^1] == ':' && address[^2] != ':')
        {
            address = address[..^1];
        }

        // Without "::", four groups or more and a hex letter among them: "1:23:45:67" is a counter, "12:30:45" a clock.
        var compressed = address.IndexOf("::", StringComparison.Ordinal);
        var full = compressed < 0 && address.Count(':') >= 3 && address.ContainsAny(HexLetterSet);
        if ((compressed < 0 && !full) || (compressed >= 0 && address.LastIndexOf("::", StringComparison.Ordinal) != compressed)
            || address.Contains(":::", StringComparison.Ordinal) || address.Count(':') is < 2 or > 7 || !address.ContainsAnyInRange('0', '9'))
        {
            return 0;
        }

        foreach (var range in address.Split(':'))
        {
            var group = range.End.Value - range.Start.Value;
            if (group > 4 || (full && group == 0))
            {
                return 0;
            }
        }

        var length = address.Length;
        if (length < text.Length && text[length] == '.' && address[^1] != ':')
        {
            // "::ffff:10.0.0.5": an IPv4 address in the last 32 bits.
            var lastGroup = address[(address.LastIndexOf(':') + 1)..];
            var v4 = text[(length - lastGroup.Length)..];
            var v4End = v4.IndexOfAnyExcept(Ipv4Chars);
            v4 = v4End < 0 ? v4 : v4[..v4End];
            if (lastGroup.ContainsAnyExceptInRange('0', '9') || v4.Count('.') != 3 || v4[^1] == '.' || v4.Length > 15)
            {
                return 0;
            }

            length += v4.Length - lastGroup.Length;
        }

        if (length + 1 < text.Length && text[length] == '%' && char.IsAsciiLetterOrDigit(text[length + 1]))
        {
            var zone = text[(length + 1)..].IndexOfAnyExcept(ZoneChars);
            length = zone < 0 ? text.Length : length + 1 + zone;
        }

        return length < text.Length && char.IsAsciiLetterOrDigit(text[length]) ? 0 : length;
    }

    /// <summary>
    /// The length of the letters before a dotted version (<c>TLSv1.2</c> → 4, <c>go1.21.5</c> → 2, <c>v2.0</c> → 1): letters, then
    /// digits, then one or more <c>.digits</c> and nothing else; 0 for anything else (<c>log4j.properties</c>, <c>v1.Pod</c>).
    /// </summary>
    public static int VersionPrefixLength(ReadOnlySpan<char> segment)
    {
        var letters = segment.IndexOfAnyExcept(LetterSet);
        if (letters <= 0 || !char.IsAsciiDigit(segment[letters]))
        {
            return 0;
        }

        var dot = segment.IndexOf('.');
        if (dot < letters || segment[letters..dot].ContainsAnyExceptInRange('0', '9') || segment[^1] == '.')
        {
            return 0;
        }

        return segment[dot..].ContainsAnyExcept(DigitsAndDots) || segment.Contains("..", StringComparison.Ordinal) ? 0 : letters;
    }

    /// <summary>
    /// An IPv4 network and its prefix length (<c>10.197.52.0</c> and <c>24</c>), one value: four octets, the last 0, a prefix of
    /// 32 or less. An address with a port (<c>10.0.0.7/22</c> in a flow record) does not end in 0.
    /// </summary>
    public static bool IsNetwork(ReadOnlySpan<char> address, ReadOnlySpan<char> prefix)
    {
        if (prefix.Length is < 1 or > 2 || prefix.ContainsAnyExceptInRange('0', '9') || int.Parse(prefix) > 32
            || address.Length is < 7 or > 15 || !address.EndsWith(".0", StringComparison.Ordinal) || address.ContainsAnyExcept(Ipv4Chars))
        {
            return false;
        }

        var parts = 0;
        foreach (var range in address.Split('.'))
        {
            var octet = address[range];
            if (octet.Length is < 1 or > 3)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }

    private static readonly SearchValues<char> HexLetterSet = SearchValues.Create("abcdefABCDEF");

    private static readonly SearchValues<char> HexDigitSet = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> Ipv4Chars = SearchValues.Create("0123456789.");

    private static readonly SearchValues<char> DigitsAndDots = SearchValues.Create("0123456789.");

    private static readonly SearchValues<char> ZoneChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    /// <summary>Finds an e-mail address (<c>local@domain.tld</c>) in a word; false when there is none.</summary>
    public static bool TryFindEmail(ReadOnlySpan<char> word, out int start, out int end)
    {
        start = end = 0;
        var at = word.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var local = word[..at].LastIndexOfAnyExcept(LocalPartChars) + 1;
        var domainLength = word[(at + 1)..].IndexOfAnyExcept(DomainChars);
        var domain = domainLength < 0 ? word[(at + 1)..] : word.Slice(at + 1, domainLength);
        domain = domain.TrimEnd('.');
        var lastDot = domain.LastIndexOf('.');
        if (local == at || lastDot <= 0 || domain.Length - lastDot - 1 < 2 || domain[(lastDot + 1)..].ContainsAnyExcept(LetterSet))
        {
            return false;
        }

        start = local;
        end = at + 1 + domain.Length;
        return true;
    }

    /// <summary>
    /// An id drawn from letters and digits at random (base62: <c>y0a4vS</c>, <c>dC3c12</c>): five characters or more, digits in
    /// two separate runs and the character class (lower, upper, digit) changing at least four times. Words change class
    /// rarely and keep their digits together (<c>utf8mb4</c>, <c>log4j</c>, <c>TLSv1</c>, <c>getUserById</c> has no digit).
    /// </summary>
    public static bool IsScrambledId(ReadOnlySpan<char> atom)
    {
        if (atom.Length < 5 || atom.ContainsAnyExcept(AlphaNumerics))
        {
            return false;
        }

        var changes = 0;
        var digitRuns = char.IsAsciiDigit(atom[0]) ? 1 : 0;
        for (var i = 1; i < atom.Length; i++)
        {
            var kind = CharKind(atom[i]);
            if (kind != CharKind(atom[i - 1]))
            {
                changes++;
                digitRuns += kind == 0 ? 1 : 0;
            }
        }

        return digitRuns >= 2 && changes >= 4 && atom.ContainsAny(LetterSet);
    }

    private static int CharKind(char c) => char.IsAsciiDigit(c) ? 0 : char.IsAsciiLetterUpper(c) ? 1 : 2;

    /// <summary>
    /// The length of the letter prefix of a counted name: letters, then four digits or more and nothing else (<c>C79408</c>,
    /// <c>conn1207</c>, <c>S828587437</c>); 0 for anything else. The prefix is the statement's text and the number its value, as in
    /// <c>blk_&lt;*&gt;</c>; short numbers stay with their word (<c>eth0</c>, <c>sda1</c>, <c>Win32</c>, <c>x86</c>), which the miner
    /// reads as one thing counted when they vary.
    /// </summary>
    public static int CountedNamePrefix(ReadOnlySpan<char> word)
    {
        var digits = word.IndexOfAnyInRange('0', '9');
        return digits > 0 && word.Length - digits >= 4 && !word[..digits].ContainsAnyExcept(LetterSet)
            && !word[digits..].ContainsAnyExceptInRange('0', '9') ? digits : 0;
    }

    private static readonly SearchValues<char> AlphaNumerics = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static readonly SearchValues<char> LetterSet = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
