using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Key material read by its shape rather than by its file format, so that a format not seen before is still read: a block
/// of wrapped base64 or hex lines under a line that names a key (any armour, indentation, quoting or escaping), a key-length value
/// under a key's name in any serialisation, an RSA key's private components written as XML, and a 32- or 64-byte array. Public
/// halves (a public key, a certificate, a modulus alone) are public material and are left.</summary>
internal sealed partial class KeyMaterialRecognizer : PiiRecognizer
{
    // The words a key's name or a key file's header holds; "<modulus>" opens an RSA key written as XML.
    private static readonly SearchValues<string> Anchors = SearchValues.Create(["key", "secret", "seed", "priv", "<modulus>"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> Base64Chars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-");

    private static readonly SearchValues<char> HexChars = SearchValues.Create("0123456789abcdefABCDEF");

    public override void Recognize(string text, Findings found)
    {
        // Blocks are searched after a line once: hits later on the same line, or inside a block read, do not search again.
        var blockFloor = 0;
        var offset = 0;
        while (offset < text.Length)
        {
            var hit = text.AsSpan(offset).IndexOfAny(Anchors);
            if (hit < 0)
            {
                break;
            }

            var at = offset + hit;
            var next = at + 1;
            if (text[at] == '<')
            {
                next = ReadRsaXml(text, at, found);
            }
            else
            {
                next = Math.Max(next, ReadNamedValue(text, at, found));
                if (at >= blockFloor)
                {
                    blockFloor = ReadBlock(text, at, found);
                }
            }

            offset = Math.Max(at + 1, next);
        }

        if (text.AsSpan().ContainsAny('[', '{'))
        {
            FindByteArrays(text, found);
        }

        // A key printed as hex after its cipher's name (klist -K, ktutil: "(aes256-cts-hmac-sha1-96)  (0x…)") or its principal.
        foreach (var (start, end) in CipherKeyValues(text))
        {
            found.Add(PiiType.GenericSecret, start, end, 0.85);
        }

        // Older klist -K prints the enctype described in words: "Key: (DES cbc mode with CRC-32), 0x…".
        if (text.Contains("Key: (", StringComparison.Ordinal))
        {
            foreach (Match match in DescribedCipherKeyPattern().Matches(text))
            {
                var value = match.Groups["value"];
                found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.85);
            }
        }
    }

    /// <summary>The hex values of <see cref="CipherKeyPattern"/>'s matches in <paramref name="text"/>, in order. A match holds "(0x"
    /// and no line end, so the pattern is tried on the lines holding "(0x" only, not from every line start of a block that holds
    /// one somewhere; each such line is read as a whole input, where ^ and the look-arounds see what they saw in the block.</summary>
    internal static IEnumerable<(int Start, int End)> CipherKeyValues(string text)
    {
        for (var at = text.IndexOf("(0x", StringComparison.Ordinal); at >= 0;)
        {
            var start = text.LastIndexOf('\n', at) + 1;
            var end = text.IndexOf('\n', at) is var lineEnd and >= 0 ? lineEnd : text.Length;
            for (var match = CipherKeyPattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                var value = match.Groups["value"];
                yield return (value.Index, value.Index + value.Length);
            }

            at = end < text.Length ? text.IndexOf("(0x", end, StringComparison.Ordinal) : -1;
        }
    }

    // A cipher's name in parentheses (a Kerberos enctype: aes256-cts-hmac-sha1-96, aes128-cts-hmac-sha256-128, des3-cbc-sha1,
    // arcfour-hmac, camellia256-cts-cmac), then a key's length of hex in parentheses (8 bytes for single DES: des-cbc-crc,
    // des-cbc-md5; 16, 24 or 32 bytes otherwise).
    // Older klists describe the enctype in words there ("(Triple DES cbc mode with HMAC/sha1)", "(ArcFour with HMAC/md5)"): a
    // cipher's name as a word of its own.
    // Without the enctype column (klist -kK, no -e), a keytab entry's line holds it: a KVNO (ktutil's list -k: a slot, then the
    // KVNO), an optional timestamp, a principal (name@REALM), then the key (16, 24 or 32 bytes: 8 alone after a principal is too short
    // to tell from other ids).
    [GeneratedRegex(@"\((?:(?i:aes|des3?|arcfour|rc4|camellia)[\w-]{0,40}|(?=[^()\r\n]{0,64}(?<![A-Za-z])(?i:aes|des|arcfour|rc4|camellia)(?![a-z]))[^()\r\n]{1,64})\)[ \t]{1,8}\(0x(?<value>(?:[0-9A-Fa-f]{16}){1,4})\)|(?m:^)[ \t]{0,8}[0-9]{1,5}[ \t]{1,8}(?:[0-9]{1,5}[ \t]{1,32})?(?:[0-9/.:-]{6,10}[ \t]{1,3}[0-9:]{5,8}[ \t]{1,8})?[^\s()@]{1,128}@[A-Za-z0-9.-]{1,128}[ \t]{1,8}\(0x(?<value>(?:[0-9A-Fa-f]{16}){2,4})\)", RegexOptions.CultureInvariant)]
    internal static partial Regex CipherKeyPattern();

    // "Key: (", a cipher described in words (DES cbc mode with CRC-32, Triple DES cbc mode with HMAC/sha1, AES-256 CTS mode with 96-bit
    // SHA-1 HMAC, ArcFour with HMAC/md5), ")", then the key's hex (8 to 32 bytes).
    [GeneratedRegex(@"(?<![\w-])Key:[ \t]{0,4}\((?=[^()\r\n]{0,64}(?i:des|aes|arcfour|rc4|camellia))[^()\r\n]{1,64}\),?[ \t]{0,4}\(?0x(?<value>(?:[0-9A-Fa-f]{16}){1,4})(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedCipherKeyPattern();

    /// <summary>The end of the line at <paramref name="from"/>: a newline, or a newline escaped in a string (<c>\n</c>).</summary>
    private static int LineEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var stop = text.AsSpan(i).IndexOfAny('\n', '\\');
            if (stop < 0)
            {
                return text.Length;
            }

            i += stop;
            if (text[i] == '\n' || EscapedNewline(text, i) > 0)
            {
                return i;
            }

            i++;
        }

        return text.Length;
    }

    /// <summary>The length of an escaped newline at <paramref name="at"/> (<c>\n</c>, <c>\\n</c>, <c>\r\n</c> escaped), or 0.</summary>
    private static int EscapedNewline(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == '\\' && i - at < 8)
        {
            i++;
        }

        if (i == at || i >= text.Length)
        {
            return 0;
        }

        if (text[i] == 'n')
        {
            return i + 1 - at;
        }

        // \r\n escaped: the \r's escape, then the \n's.
        if (text[i] == 'r' && i + 1 < text.Length && text[i + 1] == '\\')
        {
            var n = EscapedNewline(text, i + 1);
            return n > 0 ? i + 1 - at + n : 0;
        }

        return 0;
    }

    /// <summary>The start of the line after the one ending at <paramref name="lineEnd"/>, or -1 at the text's end.</summary>
    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return -1;
        }

        var step = text[lineEnd] == '\n' ? 1 : EscapedNewline(text, lineEnd);
        return lineEnd + step >= text.Length ? -1 : lineEnd + step;
    }
}
