using PhoneNumbers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>
/// Says, from the digits alone, that an international number (<c>+</c> and digits) cannot be one libphonenumber holds possible, so
/// that the parse is not started for it: a group-aligned candidate is tried at every end of a digit group, and most ends make a
/// national number too long or too short for its country. The answer is exact where it says no: the country calling code is read
/// as the parser reads it (the first one to three digits that name one) and the national number may be the digits after it or,
/// where the country's national prefix is a plain digit string, those digits without that prefix — the only lengths the parse can
/// give; possibility is a length check over the country's possible and local-only lengths. Anything else (no country code, a
/// prefix pattern or transform rule) is left to the parse.
/// </summary>
internal static class PhoneLengths
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The most digits a country calling code has.</summary>
    private const int MaxCountryCodeDigits = 3;

    /// <summary>Per country calling code (0–999), read from the metadata on first use; <see cref="Country.None"/> for none.</summary>
    private static readonly Country?[] Countries = new Country?[1000];

    /// <summary>Gets whether <paramref name="raw"/> (a <c>+</c>, then digits and the separators <c> .()-</c>) is certainly no
    /// possible number: <c>ScorePhone</c> would refuse it after parsing.</summary>
    public static bool CannotBePossible(ReadOnlySpan<char> raw)
    {
        Span<char> digits = stackalloc char[24];
        var count = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }

                digits[count++] = c;
            }
            else if (c is not ('+' or ' ' or '.' or '(' or ')' or '-'))
            {
                return false;
            }
        }

        if (count <= MaxCountryCodeDigits || digits[0] == '0')
        {
            return false;
        }

        var code = 0;
        for (var length = 1; length <= MaxCountryCodeDigits; length++)
        {
            code = code * 10 + digits[length - 1] - '0';
            var country = Countries[code] ??= Country.Read(code);
            if (country == Country.None)
            {
                continue;
            }

            // The parser takes the first code that names a country; the rest is the national number.
            return country.CannotBePossible(digits[length..count]);
        }

        return false;
    }

    /// <summary>What the length check needs of one country calling code's metadata.</summary>
    private sealed class Country
    {
        public static readonly Country None = new(0, null, exact: false);

        private readonly ulong _lengths;
        private readonly string? _nationalPrefix;
        private readonly bool _exact;

        private Country(ulong lengths, string? nationalPrefix, bool exact) => (_lengths, _nationalPrefix, _exact) = (lengths, nationalPrefix, exact);

        public static Country Read(int code)
        {
            var region = Phones.GetRegionCodeForCountryCode(code);
            if (region == "ZZ")
            {
                return None;
            }

            var metadata = region == "001" ? Phones.GetMetadataForNonGeographicalRegion(code) : Phones.GetMetadataForRegion(region);
            if (metadata?.GeneralDesc is not { } general)
            {
                // A code with no metadata: the parse decides.
                return new Country(0, null, exact: false);
            }

            var lengths = 0UL;
            foreach (var length in general.PossibleLengthList.Concat(general.PossibleLengthLocalOnlyList))
            {
                lengths |= length is >= 0 and < 64 ? 1UL << length : 0;
            }

            // A national prefix the parser may strip: a plain digit string without a transform is stripped or not, nothing else.
            var prefix = metadata.HasNationalPrefixForParsing ? metadata.NationalPrefixForParsing : "";
            var plain = prefix.Length == 0 || prefix.All(char.IsAsciiDigit) && string.IsNullOrEmpty(metadata.NationalPrefixTransformRule);
            return new Country(lengths, prefix.Length == 0 ? null : prefix, plain);
        }

        public bool CannotBePossible(ReadOnlySpan<char> national)
        {
            if (!_exact)
            {
                return false;
            }

            if (Possible(national.Length))
            {
                return false;
            }

            return _nationalPrefix is null || !national.StartsWith(_nationalPrefix, StringComparison.Ordinal) || !Possible(national.Length - _nationalPrefix.Length);
        }

        private bool Possible(int length) => length is >= 0 and < 64 && (_lengths & (1UL << length)) != 0;
    }
}
