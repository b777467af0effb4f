using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>The UK's personal numbers where the text names them: National Insurance numbers (<c>AB 12 34 56 C</c>, prefix rules
/// checked) and NHS numbers (ten digits, mod-11 check digit). Reported with the type the corpus gives national identity numbers
/// (<see cref="PiiType.UsSsn"/>); a bare ten-digit number or letters-and-digits code without the name is left alone.</summary>
internal sealed partial class UkIdentityRecognizer : PiiRecognizer
{
    // Prefixes HMRC never issues (and the first letters D, F, I, Q, U, V, the second O); QQ is its documented example, kept as the
    // corpus keeps the well-known test cards.
    private static readonly HashSet<string> NotIssued = new(StringComparer.Ordinal) { "BG", "GB", "NK", "KN", "TN", "NT", "ZZ" };

    private static readonly SearchValues<string> NinoAnchors = SearchValues.Create(
        ["national insurance", "National Insurance", "National insurance", "NINO", "NI number", "NI no", "NI No", "NI num", "NI:", "NI #", "NI#"], StringComparison.Ordinal);

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains("NHS", StringComparison.Ordinal))
        {
            foreach (Match match in NhsPattern().Matches(text))
            {
                var number = match.Groups["n"];
                if (NhsCheck(number.ValueSpan))
                {
                    found.Add(PiiType.UsSsn, number.Index, number.Index + number.Length, 0.9);
                }
            }
        }

        if (text.AsSpan().IndexOfAny(NinoAnchors) >= 0)
        {
            foreach (Match match in NinoPattern().Matches(text))
            {
                var number = match.Groups["n"];
                if (IsIssuedPrefix(number.ValueSpan[..2]))
                {
                    found.Add(PiiType.UsSsn, number.Index, number.Index + number.Length, 0.9);
                }
            }
        }
    }

    /// <summary>The NHS check: weights 10 down to 2 on the first nine digits; 11 minus the sum mod 11 (11 is 0, 10 never issued)
    /// is the tenth.</summary>
    internal static bool NhsCheck(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[10];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 10)
                {
                    return false;
                }

                digits[n++] = c - '0';
            }
        }

        if (n != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - sum % 11;
        return check != 10 && (check == 11 ? 0 : check) == digits[9];
    }

    private static bool IsIssuedPrefix(ReadOnlySpan<char> prefix) =>
        prefix is "QQ" || prefix[0] is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V') && prefix[1] is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V' or 'O')
        && !NotIssued.Contains(prefix.ToString());

    [GeneratedRegex(@"(?<![A-Za-z])NHS(?:[ \t-]{0,3}(?i:number|no\.?|num|nr|id)s?)?[ \t]{0,3}(?:is|[:=#])?[ \t]{0,3}(?<n>\d{3}[ -]?\d{3}[ -]?\d{4})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex NhsPattern();

    [GeneratedRegex(@"(?:(?i:national[ \t]insurance)(?:[ \t](?i:number|no\.?|num))?|(?<![A-Za-z])NINO|(?<![A-Za-z])NI(?:[ \t](?i:number|no\.?|num)|[ \t]?#|:))[ \t]{0,3}(?:is|[:=#])?[ \t]{0,3}(?<n>[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D])(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NinoPattern();
}
