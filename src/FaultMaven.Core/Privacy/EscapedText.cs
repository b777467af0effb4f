using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy;

/// <summary>
/// Writes out the character escapes and takes off the disguises that hide private data from patterns: JSON's and Go's <c>\u0040</c>, <c>\u0022</c>,
/// <c>\u003c</c> and the <c>\x22</c> of nginx and Python, at any depth of escaping (<c>\\u0040</c> inside a string inside a
/// string is one escape). The detector reads the written-out text and maps what it finds back to the original characters, so an
/// escaped value is replaced whole, escapes and all.
/// </summary>
internal static class EscapedText
{
    private static readonly SearchValues<char> EscapeLetters = SearchValues.Create("ux");
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    // Characters that show as nothing and break a token or an address in two for every pattern: soft hyphen, zero-width space,
    // non-joiner, joiner, word joiner and the byte-order mark used as a zero-width no-break space.
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\u200C\u200D\u2060\uFEFF");
    private const char FirstFullWidth = '\uFF01';
    private const char LastFullWidth = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>Gets the text with its escapes written out and its disguises taken off (full-width forms such as <c>０７８</c> and
    /// <c>＠</c> read as ASCII, invisible characters such as a zero-width space inside a token dropped) and, for each of its characters
    /// and one past the end, the offset in <paramref name="text"/> it came from; null when the text holds neither (the common case,
    /// found by vectorised searches). <c>Origin</c> is rented from <see cref="ArrayPool{T}.Shared"/> and may be longer than needed:
    /// the caller returns it. For a block of 32K characters it is 128 KB, on the large object heap when allocated: an array and its
    /// sliced copy for every block with an escape churned that heap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (string Text, int[] Origin)? Unescape(string text)
    {
        var nextEscape = FindEscape(text, 0);
        var nextWide = FindWide(text, 0);
        var nextInvisible = FindInvisible(text, 0);
        if (nextEscape < 0 && nextWide < 0 && nextInvisible < 0)
        {
            return null;
        }

        var written = ArrayPool<char>.Shared.Rent(text.Length);
        var origin = ArrayPool<int>.Shared.Rent(text.Length + 1);
        var n = 0;
        var position = 0;
        while (true)
        {
            // Each kind's next place is searched again only once passed: searching all three from every place would be quadratic.
            nextEscape = nextEscape >= 0 && nextEscape < position ? FindEscape(text, position) : nextEscape;
            nextWide = nextWide >= 0 && nextWide < position ? FindWide(text, position) : nextWide;
            nextInvisible = nextInvisible >= 0 && nextInvisible < position ? FindInvisible(text, position) : nextInvisible;
            var next = First(First(nextEscape, nextWide), nextInvisible);
            if (next < 0)
            {
                break;
            }

            var (start, end, value) = next == nextEscape ? Read(text, next, position) : (next, next + 1, text[next]);
            for (; position < start; position++, n++)
            {
                written[n] = text[position];
                origin[n] = position;
            }

            if (next != nextInvisible)
            {
                written[n] = next == nextWide ? (char)(value - FullWidthOffset) : value;
                origin[n++] = start;
            }

            position = end;
        }

        for (; position < text.Length; position++, n++)
        {
            written[n] = text[position];
            origin[n] = position;
        }

        origin[n] = text.Length;
        var unescaped = new string(written, 0, n);
        ArrayPool<char>.Shared.Return(written);
        return (unescaped, origin);
    }

    private static int First(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private static int FindWide(string text, int from) => Offset(from, text.AsSpan(from).IndexOfAnyInRange(FirstFullWidth, LastFullWidth));

    private static int FindInvisible(string text, int from) => Offset(from, text.AsSpan(from).IndexOfAny(Invisible));

    private static int Offset(int from, int found) => found < 0 ? -1 : from + found;

    /// <summary>Gets <paramref name="value"/> with its escapes written out, so that an escaped value and the same value plain get one pseudonym.</summary>
    public static string Decode(string value)
    {
        if (Unescape(value) is not var (text, origin))
        {
            return value;
        }

        ArrayPool<int>.Shared.Return(origin);
        return text;
    }

    /// <summary>Finds the backslash of the next <c>\u</c> + 4 hex digits or <c>\x</c> + 2 hex digits at or after <paramref name="from"/>.</summary>
    private static int FindEscape(string text, int from)
    {
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOf('\\');
            if (found < 0)
            {
                return -1;
            }

            var backslash = from + found;
            var next = backslash + 1;
            if (next < text.Length && EscapeLetters.Contains(text[next]) && HexDigits(text, next + 1, text[next] == 'u' ? 4 : 2))
            {
                return backslash;
            }

            from = next;
        }

        return -1;
    }

    /// <summary>Reads the escape whose last backslash is at <paramref name="backslash"/>: it starts at the first of the backslashes
    /// before it (each level of quoting doubles them), but not before <paramref name="floor"/>, where the previous escape ended.</summary>
    private static (int Start, int End, char Value) Read(string text, int backslash, int floor)
    {
        var start = backslash;
        while (start > floor && text[start - 1] == '\\')
        {
            start--;
        }

        var digits = text[backslash + 1] == 'u' ? 4 : 2;
        var value = (char)int.Parse(text.AsSpan(backslash + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return (start, backslash + 2 + digits, value);
    }

    private static bool HexDigits(string text, int start, int count) =>
        start + count <= text.Length && !text.AsSpan(start, count).ContainsAnyExcept(Hex);
}
