namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// One reading of a text for the candidates of the number-shaped recognizers: the runs of a card's or an SSN's characters, the
/// runs of a phone number's characters, the places an IBAN can start, and the separators an address can have (a dot after a
/// digit for IPv4; a colon, hyphen or dot after two hex digits for a MAC; a colon in a run of hex digits and colons that holds a
/// <c>::</c> or seven colons for IPv6 — a time of day's colons are none of these). Each was a search of its own over the whole
/// text (two readings of digit runs and three of separators, each a vectorised search per run or separator — logs hold one every
/// few characters — and the IBAN pattern tried at every capital); they are now found together, one character at a time.
/// </summary>
internal sealed class NumberScan
{
    private const byte Digit = 1;
    private const byte InGroupedRun = 2;
    private const byte InPhoneRun = 4;
    private const byte HexDigit = 8;
    private const byte MacSeparator = 16;

    /// <summary>For each ASCII character, which runs it continues; every character outside ASCII ends both.</summary>
    private static readonly byte[] Classes = CreateClasses();

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
    public static NumberScan Of(string text)
    {
        var (grouped, phone, iban, ipv4, mac) = (new List<Anchors.DigitRun>(), new List<Anchors.DigitRun>(), new List<int>(), new List<int>(), new List<int>());
        var (digitsBefore, hexBefore) = (0, 0);
        var ipv6 = new List<int>();
        var (colonRunFirst, colonRunColons, colonRunDouble) = (0, 0, false); // the current hex-and-colon run's colons, from ipv6[colonRunFirst]
        // A run starts at its first digit and ends before the first character not of its set, as Anchors.DigitRuns reads it.
        var (groupedStart, groupedDigits, phoneStart, phoneDigits) = (-1, 0, -1, 0);
        var previousIsDigit = false;
        for (var i = 0; i < text.Length; i++)
        {
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

            if ((kind & MacSeparator) != 0)
            {
                if (c == '.' && digitsBefore > 0)
                {
                    ipv4.Add(i);
                }

                if (hexBefore >= 2)
                {
                    mac.Add(i);
                }
            }

            if (c == ':')
            {
                colonRunDouble |= i > 0 && text[i - 1] == ':';
                colonRunColons++;
                ipv6.Add(i);
            }
            else if ((kind & HexDigit) == 0 && colonRunColons > 0)
            {
                EndColonRun(ipv6, colonRunFirst, colonRunColons, colonRunDouble);
                (colonRunFirst, colonRunColons, colonRunDouble) = (ipv6.Count, 0, false);
            }

            digitsBefore = (kind & Digit) != 0 ? digitsBefore + 1 : 0;
            hexBefore = (kind & HexDigit) != 0 ? hexBefore + 1 : 0;
        }

        Close(grouped, groupedStart, text.Length, groupedDigits, GroupedMinDigits);
        Close(phone, phoneStart, text.Length, phoneDigits, PhoneMinDigits);
        EndColonRun(ipv6, colonRunFirst, colonRunColons, colonRunDouble);
        return new NumberScan(grouped, phone, iban, ipv4, mac, ipv6);
    }

    /// <summary>Drops the colons of a hex-and-colon run that can hold no IPv6 candidate: fewer than seven colons and no <c>::</c>.</summary>
    private static void EndColonRun(List<int> colons, int first, int count, bool hasDouble)
    {
        if (count < 7 && !hasDouble)
        {
            colons.RemoveRange(first, count);
        }
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
            classes[c] = Digit | InGroupedRun | InPhoneRun | HexDigit;
        }

        // NetworkRecognizer.HexDigits and NetworkRecognizer.MacSeparators.
        foreach (var c in "ABCDEFabcdef")
        {
            classes[c] = HexDigit;
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

        foreach (var c in ":-.")
        {
            classes[c] |= MacSeparator;
        }

        return classes;
    }
}
