namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A secret-named variable read in a REPL or given a literal fallback: Python's <c>&gt;&gt;&gt; os.environ["DB_PASSWORD"]</c>
/// over the <c>'…'</c> it printed, Node's <c>process.env.DB_PASSWORD || "…"</c> and <c>?? "…"</c>.</summary>
internal sealed partial class ContextSecretRecognizer
{
    /// <summary><c>environ["NAME"]</c> and the quoted string alone on the next line (what the REPL printed), or a literal after
    /// <c>or</c> (<c>os.environ["X"] or "…"</c> is not Python's default syntax for a key that exists; only the printed form is read).</summary>
    private static int ReadEnvironIndex(string text, int at, Findings found)
    {
        var (keyStart, keyEnd) = Quoted(text, at + 8);
        if (keyStart < 0 || keyEnd + 1 >= text.Length || text[keyEnd + 1] != ']')
        {
            return at + 8;
        }

        var key = text.AsSpan(keyStart, keyEnd - keyStart);
        var (valueStart, valueEnd) = QuotedAloneOnNextLine(text, keyEnd + 2);
        if (valueStart < 0 || !NamesSecret(key))
        {
            return keyEnd + 2;
        }

        SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    /// <summary><c>process.env.DB_PASSWORD || "…"</c>, <c>?? "…"</c>: the literal a program falls back to is the secret whenever the
    /// variable is unset.</summary>
    private static int ReadEnvDefault(string text, int at, Findings found)
    {
        var keyStart = at + 12;
        var keyEnd = keyStart;
        while (keyEnd < text.Length && keyEnd - keyStart < 64 && (char.IsAsciiLetterOrDigit(text[keyEnd]) || text[keyEnd] == '_'))
        {
            keyEnd++;
        }

        var i = SkipBlanks(text, keyEnd);
        if (keyEnd == keyStart || i + 1 >= text.Length || !(text[i] == '|' && text[i + 1] == '|' || text[i] == '?' && text[i + 1] == '?'))
        {
            return keyEnd;
        }

        var (valueStart, valueEnd) = QuotedOrTemplate(text, SkipBlanks(text, i + 2));
        var key = text.AsSpan(keyStart, keyEnd - keyStart);
        if (valueStart < 0 || !NamesSecret(key))
        {
            return keyEnd;
        }

        SecretValues.ConsiderDelimited(key, valueStart, text.AsSpan(valueStart, valueEnd - valueStart), found);
        return valueEnd;
    }

    private static (int Start, int End) QuotedOrTemplate(string text, int at)
    {
        if (at < text.Length && text[at] == '`')
        {
            var end = text.IndexOf('`', at + 1, Math.Min(MaxValue, text.Length - at - 1));
            return end > at + 1 && !text.AsSpan(at + 1, end - at - 1).Contains("${", StringComparison.Ordinal) ? (at + 1, end) : (-1, -1);
        }

        return Quoted(text, at);
    }

    /// <summary>The quoted string alone on the line after <paramref name="from"/>, when only blanks end the current line there.</summary>
    private static (int Start, int End) QuotedAloneOnNextLine(string text, int from)
    {
        var i = SkipBlanks(text, from);
        if (i < text.Length && text[i] == '\r')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '\n')
        {
            return (-1, -1);
        }

        var (start, end) = Quoted(text, SkipBlanks(text, i + 1));
        if (start < 0)
        {
            return (-1, -1);
        }

        var after = SkipBlanks(text, end + 1);
        return after >= text.Length || text[after] is '\n' or '\r' ? (start, end) : (-1, -1);
    }
}
