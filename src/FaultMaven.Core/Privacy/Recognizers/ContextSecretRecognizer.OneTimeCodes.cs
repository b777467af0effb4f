using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Second factors, which open an account as a password does: a TOTP seed given as a grouped base32 setup key
/// (<c>Enter this setup key: jbsw y3dp ehpk 3pxp</c>), PAM's <c>~/.google_authenticator</c> file (seed, options, scratch codes), and a
/// list of recovery or backup codes under a heading that names them.</summary>
internal sealed partial class ContextSecretRecognizer
{
    private const int MaxCodeLines = 24;

    private static readonly SearchValues<char> Base32Lower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz234567");
    private static readonly SearchValues<char> Base32Upper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    /// <summary>"setup key" or "secret key", then ":" or "=" on its line and the key after it or alone on the next line: base32 of
    /// one case in equal groups (or one run), 16 or more characters with a digit of base32 (2–7). A sentence after the colon is left.</summary>
    private static int ReadSetupKey(string text, int at, int wordLength, Findings found)
    {
        var lineEnd = LineEnd(text, at);
        var separator = text.AsSpan(at + wordLength, Math.Min(lineEnd - at - wordLength, 80)).IndexOfAny(':', '=');
        // Not a setup key: resume inside the words, where a label's own anchor ("key:" over a value) may start.
        if (separator < 0 || NamesTheKey(text.AsSpan(at + wordLength, separator)))
        {
            return at + 1;
        }

        var valueStart = SkipBlanks(text, at + wordLength + separator + 1);
        if (valueStart >= lineEnd || text[valueStart] == '\r')
        {
            valueStart = NextLineStart(text, lineEnd);
            if (valueStart < 0)
            {
                return at + 1;
            }

            valueStart = SkipBlanks(text, valueStart);
        }

        var valueLineEnd = LineEnd(text, valueStart);
        var value = text.AsSpan(valueStart, valueLineEnd - valueStart).TrimEnd(" \t\r.");
        if (!IsGroupedBase32(value))
        {
            return at + 1;
        }

        found.Add(PiiType.GenericSecret, valueStart, valueStart + value.Length, 0.9);
        return valueStart + value.Length;
    }

    /// <summary>"secret key id:", "secret key name =", "secret key fingerprint:": the label names the key, its value is no secret.</summary>
    private static bool NamesTheKey(ReadOnlySpan<char> label)
    {
        label = label.Trim(" \t_-.\"'");
        return label.StartsWith("id", StringComparison.OrdinalIgnoreCase) || label.StartsWith("name", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("fingerprint", StringComparison.OrdinalIgnoreCase) || label.StartsWith("identifier", StringComparison.OrdinalIgnoreCase)
            || label.StartsWith("alias", StringComparison.OrdinalIgnoreCase) || label.StartsWith("label", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsGroupedBase32(ReadOnlySpan<char> value)
    {
        if (value.Length is < 16 or > 160 || !value.ContainsAnyInRange('2', '7') || !value.ContainsAnyInRange('a', 'z') && !value.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        var alphabet = value.ContainsAnyInRange('a', 'z') ? Base32Lower : Base32Upper;
        var (group, groupLength, characters) = (0, -1, 0);
        foreach (var range in value.SplitAny(" -"))
        {
            var part = value[range];
            if (part.Length == 0 || part.ContainsAnyExcept(alphabet))
            {
                return false;
            }

            // Every group as long as the first, the last one may be shorter.
            if (groupLength >= 0 && part.Length > groupLength)
            {
                return false;
            }

            groupLength = groupLength < 0 ? part.Length : groupLength;
            characters += part.Length;
            group++;
        }

        return characters >= 16 && (group == 1 || groupLength is >= 3 and <= 8);
    }

    /// <summary>PAM's <c>~/.google_authenticator</c>: a base32 seed line, option lines (<c>" TOTP_AUTH</c>, <c>" RATE_LIMIT 3 30</c>),
    /// then the emergency scratch codes, one 8-digit code a line.</summary>
    private static int ReadAuthenticatorFile(string text, int at, Findings found)
    {
        if (!StartsLine(text, at))
        {
            return at + 2;
        }

        // The first option line of the block, then the seed line above it.
        var first = LineStartOf(text, at);
        for (var n = 0; n < 8 && first > 0; n++)
        {
            var above = LineStartOf(text, first - 1);
            if (!text.AsSpan(above).TrimStart(" \t").StartsWith("\" ", StringComparison.Ordinal))
            {
                break;
            }

            first = above;
        }

        if (first > 0)
        {
            var seedStart = LineStartOf(text, first - 1);
            var seed = text.AsSpan(seedStart, first - 1 - seedStart).Trim(" \t\r");
            var offset = seedStart + text.AsSpan(seedStart, first - 1 - seedStart).IndexOf(seed);
            if (seed.Length is >= 16 and <= 128 && !seed.ContainsAnyExcept(Base32Upper))
            {
                found.Add(PiiType.GenericSecret, offset, offset + seed.Length, 0.9);
            }
        }

        // Past the option lines, each line of eight digits is a scratch code.
        var line = first;
        while (line >= 0 && text.AsSpan(line).TrimStart(" \t").StartsWith("\" ", StringComparison.Ordinal))
        {
            line = NextLineStart(text, LineEnd(text, line));
        }

        for (var n = 0; line >= 0 && n < MaxCodeLines; n++)
        {
            var end = LineEnd(text, line);
            var code = text.AsSpan(line, end - line).TrimEnd(" \t\r");
            if (code.Length != 8 || code.ContainsAnyExceptInRange('0', '9'))
            {
                return line;
            }

            found.Add(PiiType.GenericSecret, line, line + 8, 0.85);
            line = NextLineStart(text, end);
        }

        return line < 0 ? text.Length : line;
    }

    /// <summary>A heading that names recovery, backup or scratch codes, and the codes under it: four or more lines (a bullet or a
    /// number may open each; two columns allowed), every code of the same shape — one to five equal groups of 3–8 letters and digits,
    /// a digit in each. A heading over words, dates or counts takes nothing.</summary>
    private static int ReadRecoveryCodes(string text, int at, Findings found)
    {
        var lineEnd = LineEnd(text, at);
        if (lineEnd - at > 96)
        {
            return at + 1;
        }

        Span<(int Start, int End)> codes = stackalloc (int, int)[MaxCodeLines * 2];
        var count = 0;
        var shape = default(CodeShape);
        var line = NextLineStart(text, lineEnd);
        for (var n = 0; line >= 0 && n < MaxCodeLines; n++)
        {
            var end = LineEnd(text, line);
            var content = text.AsSpan(line, end - line).TrimEnd(" \t\r");
            if (content.Trim(" \t").Length == 0 && count == 0 && n == 0)
            {
                line = NextLineStart(text, end);
                continue;
            }

            var before = count;
            var body = content.TrimStart(" \t");
            var offset = line + content.Length - body.Length;
            var bullet = SkipBullet(body, 0);
            body = body[bullet..];
            offset += bullet;
            // One code a line (groups may be split by single blanks: 1234 5678), or columns split by tabs or runs of blanks.
            if (count < codes.Length && CodeShape.Of(body) is { Valid: true } whole && (count == 0 || whole == shape))
            {
                shape = whole;
                codes[count++] = (offset, offset + body.Length);
            }
            else
            {
                var column = 0;
                while (column < body.Length && count < codes.Length)
                {
                    var width = body[column..].IndexOfAny(' ', '\t') is var gap and >= 0 ? gap : body.Length - column;
                    var candidate = CodeShape.Of(body.Slice(column, width));
                    if (!candidate.Valid || count > 0 && candidate != shape)
                    {
                        count = before;
                        break;
                    }

                    shape = candidate;
                    codes[count++] = (offset + column, offset + column + width);
                    column += width;
                    while (column < body.Length && body[column] is ' ' or '\t')
                    {
                        column++;
                    }
                }
            }

            if (count == before)
            {
                break;
            }

            line = NextLineStart(text, end);
        }

        // Codes are random: a list whose entries all open alike (host-0001, host-0002) is a list of names.
        if (count < 4 || SameOpening(text, codes[..count]))
        {
            return at + 1;
        }

        foreach (var (start, end) in codes[..count])
        {
            found.Add(PiiType.GenericSecret, start, end, 0.85);
        }

        return codes[count - 1].End;
    }

    private static bool SameOpening(string text, ReadOnlySpan<(int Start, int End)> codes)
    {
        var first = text.AsSpan(codes[0].Start, 3);
        foreach (var (start, _) in codes[1..])
        {
            if (!text.AsSpan(start, 3).SequenceEqual(first))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipBullet(ReadOnlySpan<char> line, int i)
    {
        if (i + 1 < line.Length && line[i] is '-' or '*' or '•' && line[i + 1] == ' ')
        {
            return i + 2;
        }

        var digits = i;
        while (digits < line.Length && digits - i < 2 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > i && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ' ? digits + 2 : i;
    }

    private static int LineStartOf(string text, int index)
    {
        var from = Math.Max(0, index - 4096);
        return from + text.AsSpan(from, index - from).LastIndexOf('\n') + 1;
    }

    /// <summary>A recovery code's shape: how many groups, how long each, the separator between them.</summary>
    private readonly record struct CodeShape(bool Valid, int Groups, int GroupLength, char Separator)
    {
        public static CodeShape Of(ReadOnlySpan<char> code)
        {
            if (code.Length is < 6 or > 48 || !code.ContainsAnyInRange('0', '9'))
            {
                return default;
            }

            var separator = code.IndexOfAny('-', ' ') is var s and >= 0 ? code[s] : '\0';
            var (groups, length) = (0, -1);
            foreach (var range in separator == '\0' ? code.Split('\u0001') : code.Split(separator))
            {
                var part = code[range];
                if (part.Length is < 3 or > 12 || part.ContainsAnyExcept(CodeCharacters) || length >= 0 && part.Length != length)
                {
                    return default;
                }

                length = part.Length;
                groups++;
            }

            // One group alone: all digits (Google's 8-digit codes), or at least three letters and three digits.
            var single = groups == 1 && (!code.ContainsAnyExceptInRange('0', '9') && length is >= 6 and <= 12
                || length >= 8 && CountDigits(code) is >= 3 and var d && code.Length - d >= 3);
            return groups is >= 2 and <= 5 || single ? new CodeShape(true, groups, length, separator) : default;
        }

        private static int CountDigits(ReadOnlySpan<char> code)
        {
            var n = 0;
            foreach (var c in code)
            {
                n += char.IsAsciiDigit(c) ? 1 : 0;
            }

            return n;
        }
    }

    private static readonly SearchValues<char> CodeCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
