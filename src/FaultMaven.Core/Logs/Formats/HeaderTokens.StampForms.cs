namespace FaultMaven.Core.Logs.Formats;

// Stamps the timestamp field reads that TimestampParser does not: TAI64N labels, a stamp led by a level inside its bracket, a
// zone word after a clock.
internal static partial class HeaderTokens
{
    // TAI64N: '@', then 16 hex digits of seconds since 1970 offset by 2^62 and 8 of nanoseconds (daemontools' multilog, s6).
    private const int Tai64Length = 25;

    // A level written before the stamp inside its bracket is a letter or a short word ("[I 2024-… ServerApp]", "[WARN 2024-…]").
    private const int MaxLeadLevel = 8;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The stamp a timestamp field holds (bracketed, TAI64N, behind a clock mark or a level), when it can be read.</summary>
    public static bool TryReadStamp(ReadOnlySpan<char> token, TimestampParser time, out DateTimeOffset stamp)
    {
        if (TryTai64(token, out stamp))
        {
            return true;
        }

        var inside = token.Trim("[]").TrimStart("*.");
        return time.TryParsePrefix(inside, out stamp) > 0 || LevelLedStamp(inside, time, out stamp);
    }

    // The end of a TAI64N label at the position ("@400000006b13414b23ab354a"), or -1.
    private static int Tai64End(ReadOnlySpan<char> text, int at)
    {
        var end = at + Tai64Length;
        return text[at] == '@' && end <= text.Length && !text[(at + 1)..end].ContainsAnyExcept(HexDigits) && Ends(text, end) ? end : -1;
    }

    private static bool TryTai64(ReadOnlySpan<char> token, out DateTimeOffset stamp)
    {
        stamp = default;
        if (token.Length != Tai64Length || Tai64End(token, 0) < 0
            || !ulong.TryParse(token[1..17], System.Globalization.NumberStyles.AllowHexSpecifier, null, out var label)
            || !uint.TryParse(token[17..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out var nanos))
        {
            return false;
        }

        // Labels count TAI seconds from 2^62 + 10 at 1970-01-01 UTC (leap seconds since are not taken off).
        const ulong Epoch = (1UL << 62) + 10;
        var seconds = (long)(label - Epoch);
        if (label < Epoch || seconds > 253_402_300_799L || nanos >= 1_000_000_000)
        {
            return false;
        }

        stamp = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanos / 100);
        return true;
    }

    // A bracket's inside that is a level letter or word, then a stamp, then a short tail (a logger name): "I 2024-03-15 10:00:00.123 ServerApp".
    private static bool LevelLedStamp(ReadOnlySpan<char> inside, TimestampParser time, out DateTimeOffset stamp)
    {
        stamp = default;
        var blank = inside.IndexOf(' ');
        if (blank is < 1 or > MaxLeadLevel || !char.IsAsciiLetterUpper(inside[0]) || inside[..blank].ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        var rest = inside[(blank + 1)..];
        var lead = time.TryParsePrefix(rest, out stamp);
        return lead > 0 && rest.Length - lead <= MaxStampTail;
    }

    // After a clock read from date words, a zone word, perhaps closing the header with a colon ("UTC", "CET:"): where the
    // stamp ends.
    private static int ZoneEnd(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 > text.Length || text[end] != ' ')
        {
            return end;
        }

        var zone = TokenEnd(text, end + 1);
        var word = text[(end + 1)..zone];
        word = word.Length > 1 && word[^1] == ':' ? word[..^1] : word;
        return IsZone(word) ? zone : end;
    }

    // Zone abbreviations: a capitalised word after a clock is as often a level or the message's first word.
    private static bool IsZone(ReadOnlySpan<char> word) => word is "UTC" or "GMT" or "Z" or "CET" or "CEST" or "EET" or "EEST" or "WET"
        or "WEST" or "BST" or "IST" or "MSK" or "EST" or "EDT" or "CST" or "CDT" or "MST" or "MDT" or "PST" or "PDT" or "AKST" or "AKDT"
        or "HST" or "JST" or "KST" or "HKT" or "SGT" or "AEST" or "AEDT" or "ACST" or "AWST" or "NZST" or "NZDT";
}
