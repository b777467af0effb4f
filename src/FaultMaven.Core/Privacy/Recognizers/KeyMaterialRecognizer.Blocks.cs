using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A block of key material: three or more consecutive lines of nothing but base64 (or hex), wrapped at one width of at
/// least 32 characters, right under a line that names a key — an armour line of any dash count and wording, a YAML or JSON name,
/// a comment — with header lines (<c>Comment:</c>, <c>Proc-Type:</c>) and one blank line allowed between. Lines may be indented,
/// quoted, in a table cell, or joined by escaped newlines inside a string.</summary>
internal sealed partial class KeyMaterialRecognizer
{
    private const int MinWidth = 32;
    private const int MaxHeaderLines = 8;

    private enum LineKind
    {
        Other,
        Blank,
        Header,
        Data,
    }

    /// <summary>One line read: its kind, where it ends, and for data, where its base64 or hex run starts and ends.</summary>
    private readonly record struct Line(LineKind Kind, int End, int ContentStart, int ContentEnd)
    {
        public int Width => ContentEnd - ContentStart;
    }

    /// <summary>Reads the block under the line holding the key word at <paramref name="at"/>; returns where blocks may next be
    /// searched (the block's end, or the end of the line read after the header).</summary>
    private static int ReadBlock(string text, int at, Findings found)
    {
        var headerEnd = LineEnd(text, at);
        if (KeyWordLength(text, at) == 0)
        {
            return headerEnd;
        }

        var headerStart = LineStart(text, at);
        var header = text.AsSpan(headerStart, headerEnd - headerStart);
        if (NamesPublicMaterial(header))
        {
            return headerEnd;
        }

        // Header lines of RFC 4716 and PEM (Comment:, Proc-Type:, a continued "\" line) and one blank line may come first.
        var start = NextLine(text, headerEnd);
        var line = start < 0 ? default : ReadLine(text, start);
        var skipped = 0;
        var blanks = 0;
        var continued = false;
        while (start >= 0 && skipped < MaxHeaderLines && (line.Kind == LineKind.Header || continued || line.Kind == LineKind.Blank && blanks++ == 0))
        {
            continued = line.Kind != LineKind.Blank && line.End > start && text[line.End - 1] == '\\' && EscapedNewline(text, line.End - 1) == 0;
            skipped++;
            start = NextLine(text, line.End);
            line = start < 0 ? default : ReadLine(text, start);
        }

        // No block: the next line's own key word (an armour line under "key file follows:") is read in its turn.
        if (start < 0 || line.Kind != LineKind.Data || line.Width < MinWidth)
        {
            return headerEnd;
        }

        var first = line;
        var last = line;
        var lines = 1;
        var hexOnly = !text.AsSpan(first.ContentStart, first.Width).ContainsAnyExcept(HexChars);
        var next = NextLine(text, line.End);
        while (next >= 0)
        {
            line = ReadLine(text, next);
            // A shorter line is the wrap's remainder only with a remainder's look; a word under the block ("thanks", "DONE", a
            // MIME boundary) is the text that follows it.
            if (line.Kind != LineKind.Data || line.Width > first.Width + 2
                || line.Width < first.Width - 2 && !LooksLikeRemainder(text.AsSpan(line.ContentStart, line.Width)))
            {
                break;
            }

            last = line;
            lines++;
            hexOnly = hexOnly && !text.AsSpan(line.ContentStart, line.Width).ContainsAnyExcept(HexChars);
            next = NextLine(text, line.End);
            // A shorter line ends the block: the wrap's remainder.
            if (line.Width < first.Width - 2)
            {
                break;
            }
        }

        if (lines < 3 || !IsKeyBody(text, first.ContentStart, last.ContentEnd, hexOnly, header))
        {
            return headerEnd;
        }

        // An armour begin line (dashes, then BEGIN) is part of the key, also after a JSON member's name on the same line.
        var spanStart = first.ContentStart;
        var begin = header.IndexOf("BEGIN", StringComparison.OrdinalIgnoreCase);
        var dashes = begin;
        while (dashes > 0 && header[dashes - 1] is '-' or ' ')
        {
            dashes--;
        }

        while (dashes < begin && header[dashes] == ' ')
        {
            dashes++;
        }

        if (begin > 0 && header[dashes..begin].Count('-') >= 3)
        {
            spanStart = headerStart + dashes;
        }

        var spanEnd = last.ContentEnd;
        if (next >= 0 && EndArmour(text, next) is > 0 and var footerEnd)
        {
            spanEnd = footerEnd;
        }

        found.Add(PiiType.PrivateKey, spanStart, spanEnd, 0.9);
        return Math.Max(spanEnd, last.End);
    }

    // Padding, a digit, + or /, or a capital inside lower case: random base64 has them, a word (thanks, DONE, Restarted) has not.
    private static bool LooksLikeRemainder(ReadOnlySpan<char> run) =>
        run.EndsWith('=') || run.ContainsAnyInRange('0', '9') || run.ContainsAny('+', '/')
        || run.Length > 1 && run[1..].ContainsAnyInRange('A', 'Z') && run.ContainsAnyInRange('a', 'z');

    /// <summary>Whether a block's characters are a key's: base64 mixes upper case, lower case and digits; hex (a digest list's shape
    /// too) counts only under armour or a name that says secret, private or seed, not under "key" alone.</summary>
    private static bool IsKeyBody(string text, int start, int end, bool hexOnly, ReadOnlySpan<char> header)
    {
        var body = text.AsSpan(start, end - start);
        if (hexOnly)
        {
            return body.ContainsAnyInRange('0', '9') && body.ContainsAnyInRange('a', 'f') | body.ContainsAnyInRange('A', 'F')
                && (header.Contains("BEGIN", StringComparison.OrdinalIgnoreCase) || NamesSecret(header));
        }

        return body.ContainsAnyInRange('0', '9') && body.ContainsAnyInRange('a', 'z') && body.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>Reads the line at <paramref name="start"/>: data is one run of base64 between indentation, quotes, a table's bars or
    /// a list's dash and closing quotes, commas or bars.</summary>
    private static Line ReadLine(string text, int start)
    {
        var end = LineEnd(text, start);
        var i = start;
        // A key commented out line by line (# , // , ; , * ) reads as the key: the comment marks are not base64.
        while (i < end && (text[i] is ' ' or '\t' or '"' or '\'' or '|' or '`' or '\\' or '>' or '#' or ';' or '*'
            || text[i] is '-' or '/' && i + 1 < end && text[i + 1] == (text[i] == '/' ? '/' : ' ')))
        {
            i += text[i] == '/' ? 2 : 1;
        }

        // A key logged a line at a time behind a stamp ("2026-12-01T10:00:00Z app: MIIEv…", "[10:00:00] …"): the line's last word.
        if (i < end && (char.IsAsciiDigit(text[i]) || text[i] == '[') && StampedWord(text, i, end) is > 0 and var word)
        {
            i = word;
        }

        var contentStart = i;
        var run = text.AsSpan(i, end - i).IndexOfAnyExcept(Base64Chars);
        var contentEnd = run < 0 ? end : i + run;
        var j = contentEnd;
        while (j < end && text[j] is ' ' or '\t' or '\r' or '"' or '\'' or ',' or '|' or '`' or '\\')
        {
            j++;
        }

        if (contentEnd == contentStart)
        {
            return new Line(j == end ? LineKind.Blank : IsHeaderLine(text, contentStart, end) ? LineKind.Header : LineKind.Other, end, contentStart, contentStart);
        }

        if (j == end)
        {
            return new Line(LineKind.Data, end, contentStart, contentEnd);
        }

        return new Line(IsHeaderLine(text, contentStart, end) ? LineKind.Header : LineKind.Other, end, contentStart, contentEnd);
    }

    /// <summary>Where the last word of a stamped line starts, when it is a base64 run of a wrapped key's width running to the line's
    /// end after a space; else 0.</summary>
    private static int StampedWord(string text, int start, int end)
    {
        var last = end;
        while (last > start && text[last - 1] is ' ' or '\t' or '\r')
        {
            last--;
        }

        var word = text.AsSpan(start, last - start).LastIndexOfAny(' ', '\t');
        if (word < 0)
        {
            return 0;
        }

        var from = start + word + 1;
        return last - from >= MinWidth && !text.AsSpan(from, last - from).ContainsAnyExcept(Base64Chars) ? from : 0;
    }

    /// <summary>A header line of armour: <c>Name: value</c>, the name one word of letters, digits and dashes.</summary>
    private static bool IsHeaderLine(string text, int start, int end)
    {
        if (start >= end || !char.IsAsciiLetter(text[start]))
        {
            return false;
        }

        var i = start + 1;
        while (i < end && i - start < 32 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return i + 1 < end && text[i] == ':' && text[i + 1] == ' ';
    }

    /// <summary>The end of an armour end line at <paramref name="start"/> (dashes, then END), or 0.</summary>
    private static int EndArmour(string text, int start)
    {
        var end = LineEnd(text, start);
        var line = text.AsSpan(start, end - start);
        var trimmed = line.TrimStart(" \t\"'|`\\");
        if (!trimmed.StartsWith("---", StringComparison.Ordinal) || !trimmed.TrimStart('-').TrimStart(' ').StartsWith("END", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        return start + line.TrimEnd(" \t\r\"',|`\\").Length;
    }

    private static int LineStart(string text, int at)
    {
        var i = at;
        while (i > 0 && at - i < 4096 && text[i - 1] != '\n' && !(text[i - 1] == 'n' && i >= 2 && text[i - 2] == '\\'))
        {
            i--;
        }

        return i;
    }

    // One vectorised search for the six words: Contains(…, OrdinalIgnoreCase) reads a character at a time in invariant mode.
    private static readonly SearchValues<string> PublicMaterialWords =
        SearchValues.Create(["public", "cert", "signature", ".pub", ".crt", "cabundle"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a header or name says public material: a public key, a certificate, a signature.</summary>
    internal static bool NamesPublicMaterial(ReadOnlySpan<char> header) => header.ContainsAny(PublicMaterialWords);

    /// <summary>Whether a name says the secret itself (secret, private, seed), beyond "key" alone.</summary>
    private static bool NamesSecret(ReadOnlySpan<char> name) =>
        name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name.Contains("priv", StringComparison.OrdinalIgnoreCase)
        || name.Contains("seed", StringComparison.OrdinalIgnoreCase);

    /// <summary>The length of the key word at <paramref name="at"/> when it is a word of a name (<c>tls.key</c>, <c>privateKey</c>,
    /// <c>SECRET</c>, <c>keys</c>), not part of another word (<c>monkey</c>, <c>keyboard</c>, <c>privilege</c>); 0 otherwise.</summary>
    private static int KeyWordLength(string text, int at)
    {
        if (at > 0 && char.IsAsciiLetterLower(text[at - 1]) && char.IsAsciiLetterLower(text[at]))
        {
            return 0;
        }

        var rest = text.AsSpan(at);
        var length = rest.StartsWith("key", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("secret", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("seed", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.StartsWith("private", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("privkey", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("priv", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (length == 0)
        {
            return 0;
        }

        // A plural or camel-case continuation is still the word (keys, secrets, keyPair); a lower-case one is another word.
        var after = at + length;
        if (after < text.Length && text[after] == 's')
        {
            after++;
        }

        if (after < text.Length && char.IsAsciiLetterLower(text[after]) && char.IsAsciiLetterLower(text[at + length - 1]))
        {
            return 0;
        }

        return length;
    }
}
