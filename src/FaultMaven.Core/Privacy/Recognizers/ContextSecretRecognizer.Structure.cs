namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>(a) Values whose key is in the structure around them, not beside them: the parent object's key of a <c>"value"</c> child
/// (Spring's <c>/actuator/env</c>, Terraform outputs) or its <c>"key"</c>/<c>"name"</c> sibling on another line (Postman environments), a Go map of <c>[]string{…}</c> lists, the variable a call looked up (<c>getenv("DB_PASSWORD") = "…"</c>,
/// <c>os.getenv("SMTP_PASS", "…")</c>), the expression a REPL printed (<c>=&gt; "…"</c>), a namespaced element with attributes
/// (<c>&lt;wsse:Password Type="…"&gt;…&lt;/wsse:Password&gt;</c>).</summary>
internal sealed partial class ContextSecretRecognizer
{
    private const int MaxValue = 512;

    /// <summary><c>"spring.datasource.password": {"value": "…", "origin": …}</c>: the key that names the secret is the parent object's.</summary>
    private static int ReadParentKeyValue(string text, int at, Findings found)
    {
        var (valueStart, valueEnd) = QuotedAfter(text, at + 7, ':');
        if (valueStart < 0)
        {
            return at + 7;
        }

        // The object's opening brace, with no other brace between it and "value" (at most 256 characters back, over line ends:
        // pretty-printed JSON puts each member on its own line).
        var brace = at - 1;
        while (brace >= 0 && at - brace < 256 && text[brace] is not ('{' or '}'))
        {
            brace--;
        }

        if (brace < 0 || text[brace] != '{')
        {
            return valueEnd;
        }

        if (ReadTinkValue(text, brace, valueStart, valueEnd, found))
        {
            return valueEnd;
        }

        // The parent's key ("db.password": {"value": …}), else a sibling that names the value ({"key": "api_secret", "value": …}).
        var key = KeyBefore(text, brace, ':');
        if (key is null || !NamesSecret(key))
        {
            key = SiblingKey(text, brace + 1, at);
        }

        if (key is null || !NamesSecret(key))
        {
            return valueEnd;
        }

        SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    /// <summary>The string of a <c>"key"</c> or <c>"name"</c> member between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static string? SiblingKey(string text, int from, int to)
    {
        var members = text.AsSpan(from, to - from);
        // Any case: AWS SSM's {"Name": "/prod/db/password", "Type": "SecureString", "Value": …}.
        var at = members.IndexOf("\"key\"", StringComparison.OrdinalIgnoreCase) is >= 0 and var k ? k + 5
            : members.IndexOf("\"name\"", StringComparison.OrdinalIgnoreCase) is >= 0 and var n ? n + 6 : -1;
        if (at < 0)
        {
            return null;
        }

        var (start, end) = QuotedAfter(text, from + at, ':');
        return start >= 0 && end <= to ? text[start..end] : null;
    }

    /// <summary>A Go <c>metadata.MD</c> or <c>http.Header</c> dump: <c>"x-api-key":[]string{"…"}</c>.</summary>
    private static int ReadTypedList(string text, int at, Findings found)
    {
        var valueStart = at + 10;
        var valueEnd = valueStart;
        while (valueEnd < text.Length && valueEnd - valueStart < MaxValue && text[valueEnd] is not ('"' or '\n'))
        {
            valueEnd++;
        }

        if (valueEnd >= text.Length || text[valueEnd] != '"' || KeyBefore(text, at, ':') is not { } key || !NamesSecret(key))
        {
            return valueEnd;
        }

        SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    /// <summary>A lookup of a secret-named variable and what it gave: ltrace's <c>getenv("DB_PASSWORD") = "…"</c>, Python's
    /// <c>os.getenv("SMTP_PASS", "…")</c> and <c>os.environ.get("API_TOKEN", "…")</c> with a literal default.</summary>
    private static int ReadLookupCall(string text, int at, Findings found)
    {
        var open = text.IndexOf('(', at, Math.Min(16, text.Length - at));
        var (keyStart, keyEnd) = Quoted(text, SkipBlanks(text, open + 1));
        if (keyStart < 0)
        {
            return open + 1;
        }

        var i = SkipBlanks(text, keyEnd + 1);
        var (valueStart, valueEnd) = i < text.Length && text[i] == ',' ? Quoted(text, SkipBlanks(text, i + 1))
            : i < text.Length && text[i] == ')' && SkipBlanks(text, i + 1) is var eq && eq < text.Length && text[eq] == '=' ? Quoted(text, SkipBlanks(text, eq + 1))
            : i < text.Length && text[i] == ')' ? QuotedAloneOnNextLine(text, i + 1)
            : (-1, -1);
        var key = text.AsSpan(keyStart, keyEnd - keyStart);
        if (valueStart < 0 || !NamesSecret(key))
        {
            return keyEnd;
        }

        SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    /// <summary>A REPL's printed result (<c>artisan tinker</c>, <c>irb</c>: <c>=&gt; "…"</c>) under an expression whose quoted argument
    /// names a secret (<c>config('database.connections.mysql.password')</c>, <c>ENV['DB_PASSWORD']</c>).</summary>
    private static int ReadReplResult(string text, int at, Findings found)
    {
        var (valueStart, valueEnd) = Quoted(text, at + 4);
        if (valueStart < 0)
        {
            return at + 4;
        }

        var lineStart = at;
        while (lineStart > 0 && at - lineStart < 256 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        // The last quoted string of the expression's line is the name it looked up.
        var line = text.AsSpan(lineStart, at - lineStart);
        var close = line.LastIndexOfAny('\'', '"');
        var open = close > 0 ? line[..close].LastIndexOf(line[close]) : -1;
        if (open < 0)
        {
            return valueEnd;
        }

        var key = line[(open + 1)..close];
        if (NamesSecret(key))
        {
            SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        }

        return valueEnd;
    }

    /// <summary>A secret-named element closed by <c>&lt;/…password&gt;</c> whose value the plain-element reader does not take: a
    /// namespace prefix (<c>wsse:Password</c>) or attributes on the opening tag.</summary>
    private static int ReadClosingTag(string text, int at, int wordLength, Findings found)
    {
        var nameStart = at;
        while (nameStart > 0 && at - nameStart < 64 && (char.IsAsciiLetterOrDigit(text[nameStart - 1]) || text[nameStart - 1] is '_' or '-' or '.' or ':'))
        {
            nameStart--;
        }

        if (nameStart < 2 || text[nameStart - 1] != '/' || text[nameStart - 2] != '<')
        {
            return at + wordLength;
        }

        var name = text.AsSpan(nameStart, at + wordLength - nameStart);
        var valueEnd = nameStart - 2;
        var valueStart = valueEnd;
        while (valueStart > 0 && valueEnd - valueStart < MaxValue && text[valueStart - 1] is not ('>' or '<' or '\n'))
        {
            valueStart--;
        }

        if (valueStart == 0 || text[valueStart - 1] != '>' || valueStart == valueEnd)
        {
            return at + wordLength;
        }

        // The opening tag: "<" and the same name, then a blank (attributes follow) or ">".
        var tagStart = valueStart - 1;
        while (tagStart > 0 && valueStart - tagStart < MaxValue && text[tagStart] != '<' && text[tagStart] != '\n')
        {
            tagStart--;
        }

        var tag = text.AsSpan(tagStart, valueStart - tagStart);
        if (tag.Length < name.Length + 2 || tag[0] != '<' || !tag[1..].StartsWith(name, StringComparison.Ordinal) || tag[name.Length + 1] is not (' ' or '\t' or '>'))
        {
            return at + wordLength;
        }

        var local = name[(name.LastIndexOf(':') + 1)..];
        if (NamesSecret(local))
        {
            SecretValues.ConsiderDelimited(local, valueStart, text.AsSpan(valueStart, valueEnd - valueStart).Trim(), found);
        }

        return at + wordLength;
    }

    /// <summary>The quoted string after <paramref name="from"/>, optional blanks, <paramref name="separator"/> and blanks.</summary>
    private static (int Start, int End) QuotedAfter(string text, int from, char separator)
    {
        var i = SkipBlanks(text, from);
        return i < text.Length && text[i] == separator ? Quoted(text, SkipBlanks(text, i + 1)) : (-1, -1);
    }

    /// <summary>The inside of a string quoted by <c>"</c> or <c>'</c> that starts at <paramref name="at"/>, on one line and at most
    /// <see cref="MaxValue"/> long; (-1, -1) otherwise.</summary>
    private static (int Start, int End) Quoted(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('"' or '\''))
        {
            return (-1, -1);
        }

        var quote = text[at];
        var end = at + 1;
        while (end < text.Length && end - at <= MaxValue && text[end] != quote && text[end] != '\n')
        {
            end++;
        }

        return end < text.Length && text[end] == quote && end > at + 1 ? (at + 1, end) : (-1, -1);
    }

    /// <summary>The quoted key that ends, before blanks and <paramref name="separator"/>, just before <paramref name="at"/>.</summary>
    private static string? KeyBefore(string text, int at, char separator)
    {
        var i = at - 1;
        while (i >= 0 && at - i < 16 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || text[i] != separator)
        {
            return null;
        }

        i--;
        while (i >= 0 && at - i < 32 && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 1 || text[i] != '"')
        {
            return null;
        }

        var keyEnd = i;
        var keyStart = keyEnd - 1;
        while (keyStart >= 0 && keyEnd - keyStart < 128 && text[keyStart] is not ('"' or '\n'))
        {
            keyStart--;
        }

        return keyStart >= 0 && text[keyStart] == '"' ? text.Substring(keyStart + 1, keyEnd - keyStart - 1) : null;
    }

    private static int SkipBlanks(string text, int i)
    {
        var start = i;
        while (i < text.Length && i - start < 16 && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
