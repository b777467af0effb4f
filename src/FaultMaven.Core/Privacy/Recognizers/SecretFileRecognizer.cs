using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Passwords listed one a line under the name of the file that holds them: a comment or a command ending with
/// <c>jmxremote.password</c>, <c>rsyncd.secrets</c>, <c>passwd.client</c> or <c>.htpasswd</c> opens lines of <c>user password</c> or
/// <c>user:password</c>, and the file's name is the key of each line's second field — a name given as data, not beside the value. The
/// lines run to a blank line, a comment or a line of another shape; a field holding a colon (<c>/etc/passwd</c>'s <c>x:0:0:…</c>) is
/// another shape.</summary>
internal sealed class SecretFileRecognizer : PiiRecognizer
{
    private const int MaxLines = 4096;
    private const int MaxField = 128;

    private static readonly SearchValues<string> Words = SearchValues.Create(["passw", "secret"], StringComparison.OrdinalIgnoreCase);

    // The parts of a file name that say it holds passwords or secrets (rsyncd.secrets, jmxremote.password, passwd.client, .htpasswd).
    private static readonly string[] FileWords = ["password", "passwords", "passwd", "secret", "secrets", "htpasswd"];

    /// <inheritdoc/>
    public override void Recognize(string text, Findings found)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var hit = text.AsSpan(offset).IndexOfAny(Words);
            if (hit < 0)
            {
                return;
            }

            var at = offset + hit;
            var lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            offset = lineEnd + 1;
            if (EndsWithSecretFile(text, at, lineEnd))
            {
                offset = ReadEntries(text, lineEnd + 1, found);
            }
        }
    }

    /// <summary>Whether the word at <paramref name="at"/> lies in the line's last token and that token is a file name with the word
    /// as one of its dot-separated parts.</summary>
    private static bool EndsWithSecretFile(string text, int at, int lineEnd)
    {
        var end = lineEnd;
        while (end > at && text[end - 1] is ' ' or '\t' or '\r' or ':' or '<' or '=')
        {
            end--;
        }

        var start = at;
        while (start > 0 && at - start < 256 && text[start - 1] is not (' ' or '\t' or '\n' or '/' or '\\' or '"' or '\''))
        {
            start--;
        }

        if (end <= at || end - start > 128 || text.AsSpan(at, end - at).ContainsAny(" \t/\\"))
        {
            return false;
        }

        var name = text.AsSpan(start, end - start);
        if (!name.Contains('.'))
        {
            return false;
        }

        foreach (var range in name.Split('.'))
        {
            var part = name[range];
            foreach (var word in FileWords)
            {
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Reads the file's lines from <paramref name="from"/>: each <c>user password</c> or <c>user:password</c> gives its
    /// second field to the password test; returns where the lines ended.</summary>
    private static int ReadEntries(string text, int from, Findings found)
    {
        var lineStart = from;
        for (var n = 0; n < MaxLines && lineStart < text.Length; n++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd(" \t\r");
            if (!ReadEntry(line, lineStart, found))
            {
                return lineStart;
            }

            lineStart = lineEnd + 1;
        }

        return lineStart;
    }

    private static bool ReadEntry(ReadOnlySpan<char> line, int lineStart, Findings found)
    {
        var nameEnd = 0;
        while (nameEnd < line.Length && nameEnd < MaxField && (char.IsAsciiLetterOrDigit(line[nameEnd]) || line[nameEnd] is '_' or '-' or '.' or '@' or '*'))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || nameEnd >= line.Length)
        {
            return false;
        }

        var valueStart = nameEnd;
        var spaced = line[nameEnd] != ':';
        if (!spaced)
        {
            valueStart++;
        }
        else
        {
            while (valueStart < line.Length && line[valueStart] is ' ' or '\t')
            {
                valueStart++;
            }

            if (valueStart == nameEnd)
            {
                return false;
            }
        }

        var value = line[valueStart..];
        if (value.IsEmpty || value.Length > MaxField || value.ContainsAny(" \t:"))
        {
            return false;
        }

        // "team platform" under secrets.txt is a table of words, not a password: a spaced entry's password is no plain lower-case word.
        if (!spaced || !SecretValues.IsPlainWord(value))
        {
            SecretValues.ConsiderDelimited("password", lineStart + valueStart, value, found);
        }

        return true;
    }
}
