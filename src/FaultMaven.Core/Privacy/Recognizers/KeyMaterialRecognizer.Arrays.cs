namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A key as a byte array (<c>[45,133,93,…]</c>: Solana's <c>id.json</c>, a key printed by a program): 32 or 64 integers
/// 0–255 spread over the whole byte range, unsorted. 64 such bytes alone on a line are a key pair's shape; 32 (a digest's length
/// too), and 64 inside a record (a signature, a buffer's data), count only under a key word on their line or the one before, and
/// never under a word saying public material or a signature.</summary>
internal sealed partial class KeyMaterialRecognizer
{
    private static void FindByteArrays(string text, Findings found)
    {
        var i = text.AsSpan().IndexOfAny('[', '{');
        while (i >= 0)
        {
            var end = ReadByteArray(text, i, out var count, out var spread);
            // 64 bytes alone on their line are a key file's content (id.json); inside a record (a signature, a Buffer's data, a
            // histogram) they need a key word before them as 32 and 16 (an AES-128 or a Zigbee network key) do; a word saying public
            // material or a signature keeps them.
            if (spread && (count == 64 && (AloneOnLine(text, i) || KeyWordBefore(text, i)) || count is 32 or 16 && KeyWordBefore(text, i))
                && !NamesPublicMaterial(LinesBefore(text, i)) && !LinesBefore(text, i).Contains("pub", StringComparison.OrdinalIgnoreCase))
            {
                // 16 bytes are a symmetric key's length (AES-128, a Zigbee network key), not a key pair's.
                found.Add(count == 16 ? PiiType.GenericSecret : PiiType.PrivateKey, i, end, 0.85);
            }

            var from = Math.Max(i + 1, end);
            i = from < text.Length && text.AsSpan(from).IndexOfAny('[', '{') is >= 0 and var next ? from + next : -1;
        }
    }

    /// <summary>Reads <c>[n, n, …]</c> or a C/Rust initialiser <c>{0x3f, 0xa2, …}</c> at <paramref name="open"/>; returns the closing
    /// bracket's end, or where reading stopped (a count of 0 then). <paramref name="spread"/>: many distinct values, both low and high
    /// bytes among them, as random bytes are.</summary>
    private static int ReadByteArray(string text, int open, out int count, out bool spread)
    {
        count = 0;
        spread = false;
        Span<ulong> seen = stackalloc ulong[4];
        var distinct = 0;
        var low = 0;
        var high = 0;
        var descents = 0;
        var previous = -1;
        var i = open + 1;
        while (true)
        {
            i = SkipWhite(text, i);
            var value = 0;
            var digits = 0;
            if (i + 2 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X' && char.IsAsciiHexDigit(text[i + 2]))
            {
                i += 2;
                while (i < text.Length && char.IsAsciiHexDigit(text[i]) && digits < 3)
                {
                    value = value * 16 + HexValue(text[i]);
                    digits++;
                    i++;
                }

                digits = digits == 3 ? 4 : digits;
            }
            else
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 4)
                {
                    value = value * 10 + text[i] - '0';
                    digits++;
                    i++;
                }
            }

            if (digits is 0 or 4 || value > 255 || ++count > 64)
            {
                count = 0;
                return i;
            }

            if ((seen[value >> 6] & 1UL << (value & 63)) == 0)
            {
                seen[value >> 6] |= 1UL << (value & 63);
                distinct++;
            }

            descents += value < previous ? 1 : 0;
            previous = value;
            low += value < 64 ? 1 : 0;
            high += value >= 192 ? 1 : 0;
            i = SkipWhite(text, i);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i < text.Length && text[i] == (text[open] == '{' ? '}' : ']'))
            {
                // Random bytes go down as often as up; a sorted list (ids, buckets, a sequence) never does.
                spread = distinct * 10 >= count * 6 && low * 16 >= count && high * 16 >= count && descents * 8 >= count;
                return i + 1;
            }

            count = 0;
            return i;
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int SkipWhite(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a key word (key, secret, seed, private) stands on the line before <paramref name="at"/> or the one above it.</summary>
    // The array opens its line (after indentation or a list's dash): nothing on the line names it.
    private static bool AloneOnLine(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is ' ' or '\t' or '-')
        {
            start--;
        }

        return start == 0 || text[start - 1] == '\n';
    }

    // This line and the one before, up to the array (at most 256 characters).
    private static ReadOnlySpan<char> LinesBefore(string text, int at)
    {
        var from = Math.Max(0, at - 256);
        var newlines = 0;
        var start = at;
        while (start > from && newlines < 2)
        {
            start--;
            newlines += text[start] == '\n' ? 1 : 0;
        }

        return text.AsSpan(start, at - start);
    }

    private static bool KeyWordBefore(string text, int at)
    {
        var window = LinesBefore(text, at);
        var start = at - window.Length;
        while (window.IndexOfAny(Anchors) is >= 0 and var hit)
        {
            if (window[hit] != '<' && KeyWordLength(text, start + hit) > 0)
            {
                return true;
            }

            start += hit + 1;
            window = window[(hit + 1)..];
        }

        return false;
    }
}
