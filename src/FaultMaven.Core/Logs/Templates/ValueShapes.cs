using System.Buffers;

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
