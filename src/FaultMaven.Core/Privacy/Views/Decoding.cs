namespace FaultMaven.Core.Privacy.Views;

/// <summary>Reads one percent-encoded byte (<c>%40</c>, <c>%2540</c> encoded twice) or one HTML character reference (<c>&amp;quot;</c>,
/// <c>&amp;#64;</c>, <c>&amp;amp;quot;</c> escaped twice) as the character it stands for. Only printable characters are written out: a
/// decoded newline or control character would change the lines the recognizers read, which no writer meant.</summary>
internal static class Decoding
{
    private const int MaxDepth = 3;

    /// <summary>Gets the character the escape at <paramref name="position"/> stands for and the index after it, or null when no escape
    /// starts there. Reads at most a few characters, so scanning a whole text stays linear.</summary>
    public static (char Value, int End)? At(string text, int position, int limit) => text[position] switch
    {
        '%' => Percent(text, position, limit),
        '&' => Entity(text, position, limit),
        _ => null,
    };

    private static (char Value, int End)? Percent(string text, int position, int limit)
    {
        // %25 is the percent sign itself: %2540 is %40 encoded again, read through to '@'.
        var end = position;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (end + 2 >= limit || !char.IsAsciiHexDigit(text[end + 1]) || !char.IsAsciiHexDigit(text[end + 2]))
            {
                return null;
            }

            var value = (char)((Hex(text[end + 1]) << 4) | Hex(text[end + 2]));
            end += 3;
            if (value == '%' && end < limit && text[end] is var next && char.IsAsciiHexDigit(next) && end + 1 < limit && char.IsAsciiHexDigit(text[end + 1]))
            {
                // Back up so the loop reads "%" + the two digits that follow as the next level.
                end -= 1;
                continue;
            }

            return value is >= ' ' and <= '~' ? (value, end) : null;
        }

        return null;
    }

    private static (char Value, int End)? Entity(string text, int position, int limit)
    {
        var start = position + 1;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (Reference(text, start, limit) is not var (value, end))
            {
                return null;
            }

            // &amp;quot; is &quot; escaped again: the '&' it decodes to starts the next level.
            if (value == '&' && Reference(text, end, limit) is not null)
            {
                start = end;
                continue;
            }

            return (value, end);
        }

        return null;
    }

    /// <summary>Reads the name or number of a character reference from <paramref name="start"/> (after its '&amp;') through its ';'.</summary>
    private static (char Value, int End)? Reference(string text, int start, int limit)
    {
        var semicolon = text.AsSpan(start, Math.Min(limit - start, 9)).IndexOf(';');
        if (semicolon < 2)
        {
            return null;
        }

        var name = text.AsSpan(start, semicolon);
        var end = start + semicolon + 1;
        char? value = name switch
        {
            "quot" => '"',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "apos" => '\'',
            "nbsp" => ' ',
            _ when name[0] == '#' => Number(name[1..]),
            _ => null,
        };

        return value is { } c ? (c, end) : null;
    }

    private static char? Number(ReadOnlySpan<char> digits)
    {
        var hex = digits.Length > 0 && digits[0] is 'x' or 'X';
        digits = hex ? digits[1..] : digits;
        if (digits.Length is 0 or > 5)
        {
            return null;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (hex ? !char.IsAsciiHexDigit(c) : !char.IsAsciiDigit(c))
            {
                return null;
            }

            value = value * (hex ? 16 : 10) + (hex ? Hex(c) : c - '0');
        }

        // Printable characters only, and none of the surrogates or C1 controls.
        return value is >= ' ' and <= '~' or >= 0xA0 and < 0xD800 or > 0xDFFF and <= 0xFFFD ? (char)value : null;
    }

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
