using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Heredocs assigned to a secret-named key: HCL's <c>secret = &lt;&lt;EOT</c> (a shell's <c>PASSWORD=$(cat &lt;&lt;EOF</c> is
/// not one).</summary>
internal sealed partial class NamedSecretRecognizer
{
    /// <summary>The most blanks the pattern allows on each side of the <c>=</c>.</summary>
    private const int HeredocBlanks = 8;

    /// <summary>The longest key the pattern takes.</summary>
    private const int HeredocKeyLength = 64;

    /// <summary>Each line of the body of a heredoc assigned to a secret-named key is considered as the key's value.</summary>
    private static void FindHeredocs(string text, Findings found)
    {
        foreach (var match in Heredocs(text))
        {
            var key = match.Groups["key"].ValueSpan;
            if (!ContextSecretRecognizer.NamesSecret(key))
            {
                continue;
            }

            var body = match.Groups["body"];
            if (IsScript(body.ValueSpan))
            {
                continue;
            }

            ConsiderBodyLines(key, body, found);
        }

        FindStandardInputHeredocs(text, found);
    }

    private static void ConsiderBodyLines(ReadOnlySpan<char> key, Group body, Findings found)
    {
        var at = body.Index;
        foreach (var range in body.ValueSpan.Split('\n'))
        {
            var line = body.ValueSpan[range];
            var trimmed = line.Trim(" \t\r");
            if (!trimmed.IsEmpty)
            {
                // A heredoc's line is the value whole: no frame around it takes a closer.
                SecretValues.ConsiderDelimited(key, at + range.Start.Value + line.IndexOf(trimmed), trimmed, found);
            }
        }
    }

    /// <summary>A heredoc fed as standard input to a command that stores what it reads under a secret's name: <c>KEY=-</c> (Vault's
    /// "read this field from standard input"), a store write whose value is <c>-</c> or left out (<c>consul kv put app/db/password -</c>,
    /// <c>gh secret set NAME</c>, <c>etcdctl put /app/token</c>). Its body is the value, unless it is a script.</summary>
    private static void FindStandardInputHeredocs(string text, Findings found)
    {
        // A command feeds one heredoc: only a line's first "<<" is read, and line starts are found moving forward, so the text is
        // read about once.
        int lineStart = 0, scanned = 0, lastLineStart = -1;
        for (var at = text.IndexOf("<<", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<<", at + 2, StringComparison.Ordinal))
        {
            if (at > scanned && text.AsSpan(scanned, at - scanned).LastIndexOf('\n') is var newline and >= 0)
            {
                lineStart = scanned + newline + 1;
            }

            scanned = Math.Max(scanned, at);
            if (lineStart == lastLineStart)
            {
                continue;
            }

            lastLineStart = lineStart;
            if (at - lineStart > 512 || StandardInputCommandPattern().Match(text, lineStart, at - lineStart) is not { Success: true } command)
            {
                continue;
            }

            var key = command.Groups["key"].ValueSpan;
            var named = !command.Groups["store"].Success ? ContextSecretRecognizer.NamesSecret(key)
                : ContextSecretRecognizer.NamesSecret(key) && PositionalSecretRecognizer.SegmentNamesSecret(key) || SetsSecret(text, command.Groups["key"].Index);
            if (!named || StandardInputBodyPattern().Match(text, at) is not { Success: true } heredoc || IsScript(heredoc.Groups["body"].ValueSpan))
            {
                continue;
            }

            ConsiderBodyLines(key, heredoc.Groups["body"], found);
            at = heredoc.Index + heredoc.Length - 2;
        }
    }

    /// <summary>Gets whether a heredoc's body is a script or text (a line holds a blank, or is a comment or <c>#!</c> line) rather
    /// than a value: a key's value is one token, or base64 or hex wrapped over lines.</summary>
    private static bool IsScript(ReadOnlySpan<char> body)
    {
        foreach (var range in body.Split('\n'))
        {
            var line = body[range].Trim(" \t\r");
            if (line.ContainsAny(' ', '\t') || line.StartsWith('#'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Yields the matches of <see cref="HeredocPattern"/> that enumerating it unanchored over <paramref name="text"/> would
    /// give. The pattern starts with its key, a set of word characters that every word of a text opens, so unanchored it was tried at
    /// every word of a block that holds a <c>&lt;&lt;</c> anywhere. Every match holds <c>=</c>, at most eight blanks and <c>&lt;&lt;</c>,
    /// with its key ending at most eight blanks before that <c>=</c>: the pattern is tried, anchored, only at the places of the run of
    /// at most 64 key characters before such a key end where a key can start (after a character that is not an ASCII word character,
    /// dot or hyphen — a character outside ASCII may be a word character, so the pattern decides there).</summary>
    internal static IEnumerable<Match> Heredocs(string text)
    {
        var end = 0;
        for (var at = text.IndexOf("<<", StringComparison.Ordinal); at >= 0; at = text.IndexOf("<<", at + 1, StringComparison.Ordinal))
        {
            var equals = BlanksBefore(text, at) - 1;
            if (equals < end || text[equals] != '=')
            {
                continue;
            }

            // The key is the run of word characters, dots and hyphens that ends there: no place before that run is tried (a key of
            // an earlier line would be tried again for every "= <<" within reach of it).
            var keyEnd = BlanksBefore(text, equals);
            var runStart = keyEnd;
            while (runStart > end && keyEnd - runStart < HeredocKeyLength && (IsAsciiKeyCharacter(text[runStart - 1]) || !char.IsAscii(text[runStart - 1])))
            {
                runStart--;
            }

            for (var start = runStart; start < keyEnd; start++)
            {
                if (start > 0 && IsAsciiKeyCharacter(text[start - 1]))
                {
                    continue;
                }

                var match = HeredocPattern().Match(text, start);
                if (match.Success)
                {
                    end = match.Index + match.Length;
                    yield return match;
                    break;
                }
            }
        }
    }

    /// <summary>Where the run of at most <see cref="HeredocBlanks"/> blanks (space, tab) that ends at <paramref name="position"/> starts.</summary>
    private static int BlanksBefore(string text, int position)
    {
        var start = position;
        while (start > 0 && position - start < HeredocBlanks && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return start;
    }

    private static bool IsAsciiKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    // key = <<EOT (or <<-EOT, <<~EOT, a quoted tag), the body's lines (at most 64), then the tag alone on its line. Anchored (\G):
    // Heredocs says where to try it.
    [GeneratedRegex(@"\G(?<![\w.-])(?<key>[\w.-]{1,64})[ \t]{0,8}=[ \t]{0,8}<<[-~]?[""']?(?<tag>[A-Za-z_]{1,16})[""']?[ \t]{0,8}\r?\n(?<body>(?:[^\n]{0,512}\n){1,64}?)[ \t]{0,16}\k<tag>(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex HeredocPattern();

    // The command before "<<" on its line: a KEY=- argument last, or a store write's key (its value "-" or left out), then at most
    // four flags (gh secret set NAME --repo acme/web <<EOF).
    [GeneratedRegex(@"(?:(?<![\w.-])(?<key>[\w.-]{1,64})[ \t]{0,8}=[ \t]{0,8}-|(?<store>(?<![\w-])(?i:put|set))[ \t]{1,4}(?<key>[\w./][\w./:-]{0,127})(?:[ \t]{1,4}--?[A-Za-z][\w-]{0,31}(?:(?:=|[ \t]{1,4})(?!-)[^\s<]{1,128})?){0,4}(?:[ \t]{1,4}-)?)[ \t]{0,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex StandardInputCommandPattern();

    // <<TAG (or <<-TAG, a quoted tag), the body's lines (at most 64), then the tag alone on its line. Anchored (\G) at the "<<".
    [GeneratedRegex(@"\G<<[-~]?[""']?(?<tag>[A-Za-z_]{1,16})[""']?[ \t]{0,8}\r?\n(?<body>(?:[^\n]{0,512}\n){1,64}?)[ \t]{0,16}\k<tag>(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex StandardInputBodyPattern();
}
