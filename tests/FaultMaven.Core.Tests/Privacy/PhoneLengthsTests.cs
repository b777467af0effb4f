using FaultMaven.Core.Privacy.Recognizers;
using PhoneNumbers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The length check before libphonenumber's parse must never refuse a number the parse holds possible; it exists to spare
/// the parse for the candidate ends that make a national number too long or too short.</summary>
public sealed class PhoneLengthsTests
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [Theory]
    [InlineData("+1 415 555 0199 42")] // a count after a North American number: eleven national digits
    [InlineData("+1 23 45 67 89 01 23")]
    public void CannotBePossible_NationalNumberTooLongForItsCountry_True(string raw)
    {
        Assert.True(PhoneLengths.CannotBePossible(raw));
        Assert.False(ParsesPossible(raw));
    }

    [Theory]
    [InlineData("+1 415 555 0199")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+44 (0) 20 7946 0958")] // the national prefix written in brackets, stripped by the parse
    [InlineData("+1 1 415 555 0199")]
    [InlineData("+0 123 456 789")] // no country code: left to the parse
    [InlineData("+800 1234 5678")] // a non-geographical code
    public void CannotBePossible_PossibleOrUndecided_False(string raw) =>
        Assert.False(PhoneLengths.CannotBePossible(raw));

    [Fact]
    public void CannotBePossible_NeverRefusesWhatTheParseHoldsPossible()
    {
        var random = new Random(18);
        var (refused, possible) = (0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var raw = RandomInternational(random);
            var parses = ParsesPossible(raw);
            possible += parses ? 1 : 0;
            if (PhoneLengths.CannotBePossible(raw))
            {
                refused++;
                Assert.False(parses, $"'{raw}' is possible but was refused before the parse");
            }
        }

        // Both sides must be reached for the comparison to mean anything.
        Assert.True(refused > 2_000 && possible > 2_000, $"refused {refused}, possible {possible}");
    }

    private static string RandomInternational(Random random)
    {
        var separators = new[] { " ", "-", ".", "", " (0) ", "(", ") " };
        var text = new System.Text.StringBuilder("+");
        var groups = random.Next(1, 7);
        for (var g = 0; g < groups; g++)
        {
            if (g > 0)
            {
                text.Append(separators[random.Next(separators.Length)]);
            }

            var digits = random.Next(1, 6);
            for (var d = 0; d < digits; d++)
            {
                // Leading ones and zeros are national and trunk prefixes: make them common.
                text.Append(random.Next(4) == 0 ? (char)('0' + random.Next(2)) : (char)('0' + random.Next(10)));
            }
        }

        return text.ToString();
    }

    private static bool ParsesPossible(string raw)
    {
        try
        {
            return Phones.IsPossibleNumber(Phones.Parse(raw, "ZZ"));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
