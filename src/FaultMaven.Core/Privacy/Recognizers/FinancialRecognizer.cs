using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Payment cards (issuer prefix and Luhn), IBANs (country length and mod-97) and US Social Security numbers (issued ranges),
/// with context words that tell a card from an order id and an SSN from a part number.</summary>
internal sealed partial class FinancialRecognizer : PiiRecognizer
{
    // Card words in the languages customers write in too: Karte, carte, tarjeta, cartão, carta, karta, kaart, カード, 卡号, 카드.
    private static readonly string[] CardWords = ["card", "pan=", "pan:", "\"pan\"", "cc=", "credit", "debit", "visa", "mastercard", "amex", "payment", "cvv", "cardholder",
        "karte", "carte", "tarjeta", "cartão", "cartao", "carta di", "karta", "karty", "kaart", "カード", "卡号", "信用卡", "카드"];
    // Numbers that other things are given, which a Luhn digit and a card's prefix do not make a card: an order's, a shipment's, a
    // licence key's, a payment reference's.
    private static readonly string[] NotCardWords = ["order", "voucher", "ledger", "batch", "invoice", "ticket", "tracking", "gift", "coupon", "serial", "id=", "id:", "ref",
        "shipment", "parcel", "consignment", "waybill", "license", "licence", "product key", "activation"];

    // The words that name a card itself, without which twelve digits are no card: "payment" alone names references and transfers too.
    private static readonly string[] CardNameWords = ["card", "pan=", "pan:", "\"pan\"", "maestro", "debit", "cardholder", "karte", "carte", "tarjeta", "cartão", "cartao",
        "carta di", "karta", "karty", "kaart", "カード", "卡号", "카드"];
    private static readonly string[] SsnWords = ["ssn", "social security", "social-security", "tax id", "taxpayer"];

    /// <summary>What a card number or an SSN is written with: digits, grouped by spaces or hyphens.</summary>
    internal static readonly SearchValues<char> GroupedDigits = SearchValues.Create("0123456789 -");

    public override void Recognize(string text, Findings found)
    {
        // Cards and SSNs are written with the same characters, and phone numbers and IBANs are found in the same reading.
        var numbers = found.Numbers(text);
        var runs = numbers.GroupedRuns;
        // Every group-aligned span is tried, so a card beside another number (an amount, an expiry, a CVV) is not lost inside a
        // longer match that fails these checks.
        foreach (var match in NumberCandidates.Cards(text, runs, IsCard))
        {
            var value = text.AsSpan(match.Index, match.Length);

            // A grouped number (4111 1111 1111 1111) is written for a person to read, as cards are; a bare run of digits that
            // passes Luhn is one in ten of all such runs — counters, ids, timestamps — and is a card only where the line says so.
            var grouped = value.ContainsAny(' ', '-');
            var score = grouped ? 0.7 : 0.3;
            if (TextContext.OnLineBefore(text, match.Index, 40, CardWords))
            {
                score = 0.95;
            }
            else if (TextContext.OnLineBefore(text, match.Index, 30, NotCardWords))
            {
                score = 0.3;
            }

            found.Add(PiiType.CreditCard, match.Index, match.Index + match.Length, score);
        }

        FindShortMaestro(text, runs, found);

        // Only a valid IBAN hides the starts inside it: after an IBAN-shaped run that fails its check digits (a reference, a
        // mistyped account), the next start is tried on its own, so a real IBAN right after it is not lost inside the longer match.
        var ibanEnd = 0;
        foreach (var start in numbers.IbanStarts)
        {
            if (start >= ibanEnd && IbanAt().Match(text, start) is { Success: true } match
                && IbanLength(text.AsSpan(match.Index, match.Length)) is var length and > 0)
            {
                found.Add(PiiType.Iban, match.Index, match.Index + length, 0.95);
                ibanEnd = match.Index + length;
            }
        }

        // The pattern fixes where the parts are: ddd, an optional separator, dd, the same separator, dddd.
        foreach (var match in Anchors.InRuns(text, runs, 9, SsnPattern(), mayHold: MayHoldSsn))
        {
            var value = text.AsSpan(match.Index, match.Length);
            var separated = value.Length == 11;
            var area = int.Parse(value[..3], provider: System.Globalization.CultureInfo.InvariantCulture);
            var group = int.Parse(value.Slice(separated ? 4 : 3, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            var serial = int.Parse(value[^4..], provider: System.Globalization.CultureInfo.InvariantCulture);
            if (!Checks.UsSsn(area, group, serial))
            {
                continue;
            }

            var context = TextContext.OnLineBefore(text, match.Index, 30, SsnWords);
            var score = separated && value[3] == '-'
                ? context ? 0.95 : 0.6
                : context ? 0.9 : 0.1; // spaced or bare nine digits are only an SSN where the text says so
            found.Add(PiiType.UsSsn, match.Index, match.Index + match.Length, score);
        }
    }

    /// <summary>Finds Maestro's twelve-digit cards (issuer prefix 50 or 56–69, Luhn), which are as short as many ids: written bare or
    /// 4-4-4, and only where the line names a card and no other kind of number before it.</summary>
    private static void FindShortMaestro(string text, List<Anchors.DigitRun> runs, Findings found)
    {
        foreach (var run in runs)
        {
            if (run.Digits != 12)
            {
                continue;
            }

            var end = run.End;
            while (text[end - 1] is ' ' or '-')
            {
                end--;
            }

            var value = text.AsSpan(run.Start, end - run.Start);
            var before = TextContext.CharBefore(text, run.Start);
            var after = TextContext.CharAt(text, end);
            if (char.IsLetterOrDigit(before) || before is '_' or '.' or '+' or '/' || char.IsLetterOrDigit(after) || after is '_' or '.'
                || !TwelveGrouping(value) || !Checks.Luhn(value) || !KnownIssuer(value)
                || !TextContext.WordOnLineBefore(text, run.Start, 40, CardNameWords, ending: true) || TextContext.OnLineBefore(text, run.Start, 30, NotCardWords))
            {
                continue;
            }

            found.Add(PiiType.CreditCard, run.Start, end, 0.9);
        }
    }

    private static bool TwelveGrouping(ReadOnlySpan<char> value) =>
        value.Length == 12 || value.Length == 14 && value[4] == value[9] && value[4] is ' ' or '-' && !value[..4].ContainsAnyExceptInRange('0', '9')
            && !value[5..9].ContainsAnyExceptInRange('0', '9') && !value[10..].ContainsAnyExceptInRange('0', '9');

    /// <summary>Gets whether a span of digits is a card number: printed grouping, Luhn check digit, a card network's prefix and length.</summary>
    internal static bool IsCard(string text, int start, int length)
    {
        var value = text.AsSpan(start, length);
        return ConsistentGrouping(value) && Checks.Luhn(value) && KnownIssuer(value);
    }

    /// <summary>Gets whether a run of a card's characters can hold a match of <see cref="SsnPattern"/>: a group of exactly nine digits, or
    /// groups of three, two and four digits one separator apart (the pattern's look-behind and look-ahead refuse a digit on either
    /// side, so a match is whole groups). False for a date and hour, a timestamp or an id, which logs hold on nearly every line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayHoldSsn(string text, Anchors.DigitRun run)
    {
        var (previous, beforePrevious) = ((Start: -1, End: -1), (Start: -1, End: -1));
        for (var i = run.Start; i < run.End;)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < run.End && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start == 9 || i - start == 4 && previous.End - previous.Start == 2 && previous.End + 1 == start
                && beforePrevious.End - beforePrevious.Start == 3 && beforePrevious.End + 1 == previous.Start)
            {
                return true;
            }

            (beforePrevious, previous) = (previous, (start, i));
        }

        return false;
    }

    /// <summary>Yields the matches of <see cref="IbanPattern"/> in <paramref name="text"/>, as enumerating it would, trying it only at
    /// <paramref name="starts"/> (<see cref="NumberScan.IbanStarts"/>: two capitals and two digits, where every match starts). Logs are
    /// full of capitals; the pattern's own search stopped at each of them.</summary>
    internal static IEnumerable<(int Index, int Length)> IbanMatches(string text, List<int> starts)
    {
        var end = 0;
        foreach (var start in starts)
        {
            // Enumeration goes on after a match: a start inside one ("GB82 WE12 …") is part of it.
            if (start < end || IbanAt().Match(text, start) is not { Success: true } match)
            {
                continue;
            }

            end = match.Index + match.Length;
            yield return (match.Index, match.Length);
        }
    }

    /// <summary>Gets the length of the valid IBAN that <paramref name="value"/> starts with, or 0. A grouped IBAN can run on into
    /// a following word of four capitals ("BE68 5390 0754 7034 WIRE"): trailing groups are dropped until the check digits hold.</summary>
    private static int IbanLength(ReadOnlySpan<char> value)
    {
        Span<char> compact = stackalloc char[value.Length];
        while (true)
        {
            var n = 0;
            foreach (var c in value)
            {
                if (c != ' ')
                {
                    compact[n++] = c;
                }
            }

            if (Checks.Iban(compact[..n]))
            {
                return value.Length;
            }

            var lastSpace = value.LastIndexOf(' ');
            if (lastSpace < 0)
            {
                return 0;
            }

            value = value[..lastSpace];
        }
    }

    /// <summary>Gets whether a card number's separators split it into the groups cards are printed in (4-4-4-4, 4-6-5, 4-4-4-4-3; UATP's
    /// 4-5-6), or none.</summary>
    private static bool ConsistentGrouping(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(' ', '-') < 0)
        {
            return true;
        }

        var separator = value[value.IndexOfAny(' ', '-')];
        Span<int> groups = stackalloc int[8];
        var count = 0;
        foreach (var range in value.Split(separator))
        {
            if (count == groups.Length || value[range].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            groups[count++] = value[range].Length;
        }

        return count switch
        {
            3 => groups[0] == 4 && (groups[1] == 6 && groups[2] is 4 or 5 || groups[1] == 5 && groups[2] == 6 && value[0] == '1'),
            4 or 5 => groups[0] == 4 && groups[1] == 4 && groups[2] == 4 && groups[3] is >= 1 and <= 4 && (count == 4 || groups[4] <= 3),
            _ => false,
        };
    }

    /// <summary>Gets whether a number starts with the prefix and has the length of a card network: Visa, Mastercard, Amex, Discover,
    /// JCB, Diners, UnionPay (62, 81), Mir (2200–2204), Maestro and the domestic networks in its ranges (50, 56–69: Elo, RuPay 60,
    /// Verve, Dankort, InterPayment), RuPay 82, Troy (9792), UATP (1, 15 digits). A prefix alone says little: a run without grouping
    /// is a card only where its line says so (<see cref="Recognize"/>).</summary>
    private static bool KnownIssuer(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[19];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    return false;
                }

                digits[n++] = c;
            }
        }

        var number = digits[..n];
        var two = int.Parse(number[..2]);
        var four = int.Parse(number[..4]);
        var three = four / 10;
        return n switch
        {
            _ when number[0] == '4' => n is 13 or 16 or 19,
            _ when two is >= 51 and <= 55 || four is >= 2221 and <= 2720 => n == 16,
            _ when two is 34 or 37 => n == 15,
            _ when four == 6011 || two == 65 || three is >= 644 and <= 649 => n is 16 or 19,
            _ when four is >= 3528 and <= 3589 => n is >= 16 and <= 19,
            _ when three is >= 300 and <= 305 || two is 36 or 38 or 39 => n is >= 14 and <= 19,
            _ when two == 62 || two is 81 or 82 || four is >= 2200 and <= 2204 => n is >= 16 and <= 19,
            _ when two is 50 or >= 56 and <= 69 => n is >= 12 and <= 19,
            _ when four == 9792 => n == 16,
            _ when number[0] == '1' => n == 15,
            _ => false,
        };
    }

    /// <summary>What may not come before a card number: a word character, or a character that makes it part of a longer value.</summary>
    internal const string CardBefore = @"(?<![\w.+/-])";

    /// <summary>What may not come after a card number: a word character, a dot, or a hyphen that goes on with a digit.</summary>
    internal const string CardAfter = @"(?![\w.]|-\d)";

    // ASCII digits: Luhn and the issuer prefix read them as numbers.
    [GeneratedRegex(CardBefore + @"(?:[0-9][ -]?){12,18}[0-9]" + CardAfter, RegexOptions.CultureInvariant)]
    internal static partial Regex CardPattern();

    [GeneratedRegex(@"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])", RegexOptions.CultureInvariant)]
    internal static partial Regex IbanPattern();

    // The IBAN pattern at a given place: it must stay IbanPattern with \G in front.
    [GeneratedRegex(@"\G(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex IbanAt();

    // ASCII digits: the parts are parsed as numbers, and other scripts' digits are no SSN.
    [GeneratedRegex(@"(?<![\w.-])[0-9]{3}(?<sep>[- ]?)[0-9]{2}\k<sep>[0-9]{4}(?![\w]|-\d)", RegexOptions.CultureInvariant)]
    internal static partial Regex SsnPattern();
}
