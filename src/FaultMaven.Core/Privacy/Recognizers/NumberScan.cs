using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// One reading of a text for the candidates of the number-shaped recognizers: the runs of a card's or an SSN's characters, the
/// runs of a phone number's characters, the places an IBAN can start, and the separators an address can have (a dot after a
/// digit for IPv4; a colon, hyphen or dot after two hex digits for a MAC; a colon in a run of hex digits and colons that holds a
/// <c>::</c> or seven colons for IPv6 — a time of day's colons are none of these). Each was a search of its own over the whole
/// text (two readings of digit runs and three of separators, each a vectorised search per run or separator — logs hold one every
/// few characters — and the IBAN pattern tried at every capital); they are now found together in one reading, which steps through
/// numbers one character at a time and skips the letters and spaces between them a vector at a time.
/// </summary>
internal sealed class NumberScan
{
    private const byte Digit = 1;
    private const byte InGroupedRun = 2;
    private const byte InPhoneRun = 4;
    private const byte MacSeparator = 8;

    /// <summary>For each ASCII character, which runs it continues; every character outside ASCII ends both.</summary>
    private static readonly byte[] Classes = CreateClasses();

    /// <summary>The ASCII characters that, with no run open and no digit before them, neither start a candidate nor end one: all but
    /// digits and the separators <c>:</c>, <c>-</c>, <c>.</c>.</summary>
    private static readonly SearchValues<char> Idle = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c) && c is not (':' or '-' or '.'))]);

    private NumberScan(List<Anchors.DigitRun> groupedRuns, List<Anchors.DigitRun> phoneRuns, List<int> ibanStarts, List<int> ipv4Dots, List<int> macSeparators, List<int> ipv6Colons) =>
        (GroupedRuns, PhoneRuns, IbanStarts, IPv4Dots, MacSeparators, IPv6Colons) = (groupedRuns, phoneRuns, ibanStarts, ipv4Dots, macSeparators, ipv6Colons);

    /// <summary>The runs <see cref="Anchors.DigitRuns"/> finds with <see cref="FinancialRecognizer.GroupedDigits"/> and at least
    /// <see cref="GroupedMinDigits"/> digits.</summary>
    public List<Anchors.DigitRun> GroupedRuns { get; }

    /// <summary>The runs <see cref="Anchors.DigitRuns"/> finds with <see cref="ContactRecognizer.PhoneCharacters"/> and at least
    /// <see cref="PhoneMinDigits"/> digits.</summary>
    public List<Anchors.DigitRun> PhoneRuns { get; }

    /// <summary>In ascending order, every position holding two capitals A–Z followed by two digits (<c>\d</c>, any script): the
    /// only places the IBAN pattern can match.</summary>
    public List<int> IbanStarts { get; }

    /// <summary>In ascending order, every dot after an ASCII digit: the only separators where an IPv4 address's first number (one
    /// to three digits) can end.</summary>
    public List<int> IPv4Dots { get; }

    /// <summary>In ascending order, every colon, hyphen or dot after two ASCII hex digits: the only separators where a MAC address's
    /// first group (two or four hex digits) can end.</summary>
    public List<int> MacSeparators { get; }

    /// <summary>In ascending order, every colon of a run of ASCII hex digits and colons that holds a <c>::</c> or at least seven colons:
    /// <see cref="NetworkRecognizer.ColonRun"/> reads no further than that run from a candidate's start, so it fails at every other colon.</summary>
    public List<int> IPv6Colons { get; }

    /// <summary>The fewest digits of a grouped run kept: an SSN's nine.</summary>
    public const int GroupedMinDigits = 9;

    /// <summary>The fewest digits of a phone run kept: fewer than seven is never a phone number.</summary>
    public const int PhoneMinDigits = 7;

    /// <summary>Reads <paramref name="text"/> once for every kind of candidate above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NumberScan Of(string text)
    {
        var (grouped, phone, iban, ipv4, mac, ipv6) = (new List<Anchors.DigitRun>(), new List<Anchors.DigitRun>(), new List<int>(), new List<int>(), new List<int>(), new List<int>());
        // A run starts at its first digit and ends before the first character not of its set, as Anchors.DigitRuns reads it.
        var (groupedStart, groupedDigits, phoneStart, phoneDigits) = (-1, 0, -1, 0);
        var previousIsDigit = false;
        var colonRunEnd = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // With no run open, letters, spaces and most punctuation change nothing: skip to the next digit, separator or non-ASCII
            // character with a vectorised search (prose is read a vector at a time, not a character at a time).
            if (groupedStart < 0 && phoneStart < 0 && !previousIsDigit)
            {
                var next = text.AsSpan(i).IndexOfAnyExcept(Idle);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var c = text[i];
            var kind = c < 128 ? Classes[c] : (byte)0;
            if ((kind & InGroupedRun) == 0)
            {
                Close(grouped, groupedStart, i, groupedDigits, GroupedMinDigits);
                (groupedStart, groupedDigits) = (-1, 0);
            }
            else if ((kind & Digit) != 0)
            {
                groupedStart = groupedStart < 0 ? i : groupedStart;
                groupedDigits++;
            }

            if ((kind & InPhoneRun) == 0)
            {
                Close(phone, phoneStart, i, phoneDigits, PhoneMinDigits);
                (phoneStart, phoneDigits) = (-1, 0);
            }
            else if ((kind & Digit) != 0)
            {
                phoneStart = phoneStart < 0 ? i : phoneStart;
                phoneDigits++;
            }

            // The IBAN pattern's \d is any decimal digit, not only ASCII ones.
            var isDigit = (kind & Digit) != 0 || c >= 128 && char.IsDigit(c);
            if (isDigit && previousIsDigit && i >= 3 && char.IsAsciiLetterUpper(text[i - 2]) && char.IsAsciiLetterUpper(text[i - 3]))
            {
                iban.Add(i - 3);
            }

            previousIsDigit = isDigit;
            if ((kind & Digit) != 0 && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                // From a number's third ASCII digit on, a digit only lengthens both open runs: no IBAN start (the two characters
                // before it are digits) and no separator. Logs are full of numbers; the rest of this one is counted in a tight loop.
                var more = 0;
                while (i + more + 1 < text.Length && char.IsAsciiDigit(text[i + more + 1]))
                {
                    more++;
                }

                (groupedDigits, phoneDigits, i) = (groupedDigits + more, phoneDigits + more, i + more);
                continue;
            }

            if ((kind & MacSeparator) == 0)
            {
                continue;
            }

            if (c == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                ipv4.Add(i);
            }

            if (i >= 2 && char.IsAsciiHexDigit(text[i - 1]) && char.IsAsciiHexDigit(text[i - 2]))
            {
                mac.Add(i);
            }

            if (c == ':' && i >= colonRunEnd)
            {
                colonRunEnd = ColonRun(text, i, ipv6);
            }
        }

        Close(grouped, groupedStart, text.Length, groupedDigits, GroupedMinDigits);
        Close(phone, phoneStart, text.Length, phoneDigits, PhoneMinDigits);
        return new NumberScan(grouped, phone, iban, ipv4, mac, ipv6);
    }

    /// <summary>Reads the run of hex digits and colons from its first colon at <paramref name="first"/>, adds its colons to
    /// <paramref name="colons"/> when it holds a <c>::</c> or seven colons, and returns where it ends. Each run is read once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ColonRun(string text, int first, List<int> colons)
    {
        var (end, count, hasDouble) = (first, 0, false);
        for (; end < text.Length && (text[end] == ':' || char.IsAsciiHexDigit(text[end])); end++)
        {
            if (text[end] == ':')
            {
                hasDouble |= end > first && text[end - 1] == ':';
                count++;
            }
        }

        if (count >= 7 || hasDouble)
        {
            for (var i = first; i < end; i++)
            {
                if (text[i] == ':')
                {
                    colons.Add(i);
                }
            }
        }

        return end;
    }

    private static void Close(List<Anchors.DigitRun> runs, int start, int end, int digits, int minDigits)
    {
        if (start >= 0 && digits >= minDigits)
        {
            runs.Add(new Anchors.DigitRun(start, end, digits));
        }
    }

    private static byte[] CreateClasses()
    {
        var classes = new byte[128];
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit | InGroupedRun | InPhoneRun;
        }

        // Must stay the sets of FinancialRecognizer.GroupedDigits ("0123456789 -") and ContactRecognizer.PhoneCharacters
        // ("0123456789 .()-"); NumberScanTests compares the runs with Anchors.DigitRuns over those sets.
        foreach (var c in " -")
        {
            classes[c] = InGroupedRun | InPhoneRun;
        }

        foreach (var c in ".()")
        {
            classes[c] = InPhoneRun;
        }

        // NetworkRecognizer.MacSeparators, which hold the IPv4 dot and the IPv6 colon.
        foreach (var c in ":-.")
        {
            classes[c] |= MacSeparator;
        }

        return classes;
    }
}
