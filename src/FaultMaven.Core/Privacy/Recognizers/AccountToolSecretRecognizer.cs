using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Passwords fed to the tools that set or check them, which no key names: what <c>echo</c>, <c>printf</c> or a subshell of
/// echoes pipes into <c>chpasswd</c> (<c>user:VALUE</c>), <c>passwd [--stdin]</c>, <c>smbpasswd -s</c>, <c>sudo -S</c>,
/// <c>htpasswd -i</c>, <c>vncpasswd -f</c> or <c>kinit</c>; the same tools' here-strings (<c>chpasswd &lt;&lt;&lt; 'bob:VALUE'</c>,
/// <c>sudo -S &lt;&lt;&lt; VALUE cmd</c>) and a here-document's <c>user:VALUE</c> lines into chpasswd; and an <c>expect</c> script's
/// <c>send "VALUE\r"</c> answering a password prompt. A tool shown with no input (<c>passwd --stdin bob</c>, <c>sudo -S cmd</c>)
/// prompts, and nothing of it is a secret.</summary>
internal sealed partial class AccountToolSecretRecognizer : PiiRecognizer
{
    private static readonly SearchValues<string> ToolWords =
        SearchValues.Create(["passwd", "sudo", "kinit", " pw "], StringComparison.Ordinal);

    private static readonly SearchValues<string> SendWords = SearchValues.Create(["send", "sendline"], StringComparison.Ordinal);

    // Words of an expect pattern that answer a prompt rather than ask for the password: the next send is no password.
    private static readonly SearchValues<string> NotPromptWords = SearchValues.Create(
        ["changed", "updated", "incorrect", "invalid", "failed", "denied", "wrong", "success", "unchanged", "expired", "too short", "bad password"],
        StringComparison.OrdinalIgnoreCase);

    // A prompt's word without its first letter: patterns spell it either way ("[Pp]assword:", "*assphrase*").
    private static readonly SearchValues<string> PromptWords = SearchValues.Create(["assword", "assphrase", "pass phrase", "asscode", "pin:", "pin "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> MinioWord = SearchValues.Create(["mc "], StringComparison.Ordinal);

    private static readonly SearchValues<string> NetUserWord = SearchValues.Create(["net user"], StringComparison.OrdinalIgnoreCase);

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains("passwd", StringComparison.Ordinal) || text.Contains("sudo", StringComparison.Ordinal) || text.Contains("kinit", StringComparison.Ordinal)
            || text.Contains(" pw ", StringComparison.Ordinal))
        {
            var fedUpTo = 0;
            foreach (var match in Anchors.InLinesWith(text, ToolWords, PipedIntoToolPattern()))
            {
                // The feed is what lies between the pipe and the line's start or the pipe before it (1024 characters at most), each
                // part of a line read once.
                var from = Math.Max(Math.Max(fedUpTo, match.Index - 1024), 0);
                var before = text.AsSpan(from, match.Index - from);
                from += before.LastIndexOfAny('\n', '|') + 1;
                fedUpTo = match.Index + 1;
                if (Takes(match.Groups["tool"].ValueSpan, match.Groups["options"].ValueSpan))
                {
                    Fed(text, from, match.Index - from, match.Groups["tool"].ValueSpan, found);
                }
            }

            foreach (var match in Anchors.InLinesWith(text, ToolWords, HereStringPattern()))
            {
                if (Takes(match.Groups["tool"].ValueSpan, match.Groups["options"].ValueSpan))
                {
                    Pieces(text, match.Groups["value"].Index, match.Groups["value"].Length, match.Groups["tool"].ValueSpan, found);
                }
            }

            // A password given to be hashed (openssl passwd -6 VALUE, mkpasswd -m sha-512 VALUE) or set (dscl . -passwd /Users/bob
            // [OLD] NEW): what the hash or the account is made of.
            foreach (var match in Anchors.InLinesWith(text, ToolWords, PasswordArgumentPattern()))
            {
                foreach (Capture value in match.Groups["value"].Captures)
                {
                    SecretValues.Consider("password", value.Index, value.ValueSpan, found);
                }
            }

            if (text.Contains("chpasswd", StringComparison.Ordinal) || text.Contains("chgpasswd", StringComparison.Ordinal))
            {
                foreach (Match match in HereDocumentPattern().Matches(text))
                {
                    foreach (Capture line in match.Groups["line"].Captures)
                    {
                        Pieces(text, line.Index, line.Length, "chpasswd", found);
                    }
                }
            }
        }

        // Windows' net user NAME PASSWORD [/add]: the argument after the name that is no switch ("*" prompts for it); unlike a word.
        if (Keyword.In(text, "net user"))
        {
            foreach (var match in Anchors.InLinesWith(text, NetUserWord, NetUserPattern()))
            {
                var value = match.Groups["value"];
                if (SecretValues.IsStrongValue(value.ValueSpan))
                {
                    SecretValues.Consider("password", value.Index, value.ValueSpan, found);
                }
            }
        }

        // MinIO's client given a secret key as an argument: mc admin user add ALIAS ACCESSKEY SECRETKEY, mc alias set (or the older
        // config host add) ALIAS URL ACCESSKEY SECRETKEY. The access key names the account and stays.
        if (text.Contains("mc ", StringComparison.Ordinal))
        {
            foreach (var match in Anchors.InLinesWith(text, MinioWord, MinioSecretPattern()))
            {
                var value = match.Groups["value"];
                if (SecretValues.IsStrongValue(value.ValueSpan))
                {
                    SecretValues.Consider("secret", value.Index, value.ValueSpan, found, text);
                }
            }
        }

        if (text.Contains("send", StringComparison.Ordinal) && Keyword.In(text, "expect"))
        {
            foreach (var match in Anchors.InLinesWith(text, SendWords, SendPattern()))
            {
                // A variable ($env(PASS), $pw) or a Tcl command ([exec cat f]) sends what the script reads elsewhere, not a secret.
                if (AfterPasswordPrompt(text, match.Index) && match.Groups["value"] is { ValueSpan: [not ('$' or '['), ..] } value)
                {
                    SecretValues.Consider("password", value.Index, value.ValueSpan, found);
                }
            }
        }
    }

    /// <summary>Whether the tool reads a password from its input as written: sudo only with -S, htpasswd only with -i (with -b its
    /// password is an argument, read elsewhere), passwd, smbpasswd, chpasswd, vncpasswd and kinit always.</summary>
    private static bool Takes(ReadOnlySpan<char> tool, ReadOnlySpan<char> options) => tool switch
    {
        "sudo" => StackedFlag(options, 'S') || options.Contains("--stdin", StringComparison.Ordinal),
        "htpasswd" => StackedFlag(options, 'i'),
        // FreeBSD's pw reads the password from the descriptor -h names; 0 is its input.
        "pw" => options.Contains("-h 0", StringComparison.Ordinal) || options.Contains("-H 0", StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>Whether <paramref name="options"/> hold the one-letter flag alone or stacked with others (<c>-S</c>, <c>-kS</c>).</summary>
    private static bool StackedFlag(ReadOnlySpan<char> options, char flag)
    {
        foreach (var range in options.SplitAny(" \t"))
        {
            var word = options[range];
            if (word.Length >= 2 && word[0] == '-' && word[1] != '-' && word[1..].IndexOf(flag) >= 0 && !word[1..].ContainsAnyExceptInRange('A', 'z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What an echo, a printf or a subshell of echoes prints into the tool: each line of it.</summary>
    private static void Fed(string text, int start, int length, ReadOnlySpan<char> tool, Findings found)
    {
        // Only echoes that end the feed are fed (echo X; passwd bob | tee log feeds tee): after the last, a subshell's or a group's
        // end at most.
        var last = FeedCommandPattern().Match(text, start, length);
        for (var next = last; next.Success; next = next.NextMatch())
        {
            last = next;
        }

        if (!last.Success || text.AsSpan(last.Index + last.Length, start + length - last.Index - last.Length).ContainsAnyExcept(" \t;)}"))
        {
            return;
        }

        for (var command = FeedCommandPattern().Match(text, start, length); command.Success; command = command.NextMatch())
        {
            var words = command.Groups["word"].Captures;
            if (words.Count == 0)
            {
                continue;
            }

            // printf FORMAT ARGS: a format that prints its arguments ('%s\n') gives them; with no arguments it prints itself.
            var printf = command.Groups["printf"].Success;
            var from = printf && words.Count > 1 && words[0].ValueSpan.Contains("%s", StringComparison.Ordinal) ? 1 : 0;
            if (printf && from == 0 && words.Count > 1)
            {
                continue;
            }

            if (!printf && words.Count > 1)
            {
                // echo joins its words with blanks: one line, which is the password.
                var end = words[^1];
                Pieces(text, words[0].Index, end.Index + end.Length - words[0].Index, tool, found);
                continue;
            }

            for (var i = from; i < words.Count; i++)
            {
                Pieces(text, words[i].Index, words[i].Length, tool, found);
            }
        }
    }

    /// <summary>The lines of a fed text (split at an escaped <c>\n</c>): each a password, or for chpasswd a <c>user:password</c>.</summary>
    private static void Pieces(string text, int start, int length, ReadOnlySpan<char> tool, Findings found)
    {
        var span = text.AsSpan(start, length);
        var at = 0;
        while (at <= span.Length)
        {
            var next = span[at..].IndexOf("\\n", StringComparison.Ordinal);
            var piece = next >= 0 ? span.Slice(at, next) : span[at..];
            var pieceStart = start + at;
            if (tool.EndsWith("chpasswd", StringComparison.Ordinal) || tool.SequenceEqual("chgpasswd"))
            {
                // user:password; the user is evidence.
                var colon = piece.IndexOf(':');
                if (colon > 0 && colon < piece.Length - 1)
                {
                    SecretValues.Consider("password", pieceStart + colon + 1, piece[(colon + 1)..], found);
                }
            }
            else if (piece.Length > 0)
            {
                SecretValues.Consider("password", pieceStart, piece, found);
            }

            if (next < 0)
            {
                break;
            }

            at += next + 2;
        }
    }

    /// <summary>Whether the send at <paramref name="index"/> answers a password prompt: the last expect before it, within 240
    /// characters, waits for one ("password:", "*assword*", "Enter passphrase") and not for a verdict ("Password changed").</summary>
    private static bool AfterPasswordPrompt(string text, int index)
    {
        var from = Math.Max(0, index - 240);
        var window = text.AsSpan(from, index - from);
        var expect = window.LastIndexOf("expect", StringComparison.Ordinal);
        if (expect < 0)
        {
            return false;
        }

        var prompt = window[expect..];
        return prompt.IndexOfAny(PromptWords) >= 0 && prompt.IndexOfAny(NotPromptWords) < 0;
    }

    // A pipe into the tool (sudo before it): what feeds it is before the pipe, echo or printf (several, in a subshell or braces).
    [GeneratedRegex(@"\|[ \t]{0,3}(?:sudo(?:[ \t]{1,3}-[A-Za-z]{1,4}(?:[ \t]{1,3}[\w.-]{1,32})?){0,3}[ \t]{1,3})?(?<tool>chpasswd|chgpasswd|passwd|smbpasswd|sudo|htpasswd|vncpasswd|kinit|pw)(?![\w-])(?<options>[^\r\n|;&]{0,256})", RegexOptions.CultureInvariant)]
    private static partial Regex PipedIntoToolPattern();

    // openssl passwd [-1|-5|-6|-apr1|-salt S …] VALUE and mkpasswd [-m METHOD] [-S SALT] [-R ROUNDS] VALUE; dscl … -passwd PATH
    // [OLD] NEW. A value is not a flag, a variable or a command substitution.
    [GeneratedRegex(@"(?:(?<![\w-])(?:openssl[ \t]{1,3}passwd|mkpasswd)(?:[ \t]{1,3}(?:-(?:1|5|6|apr1|aixmd5|crypt|quiet|table|noverify|reverse)(?![\w-])|-(?:salt|m|S|R)[ \t]{1,3}[^\s'""-][^\s'""]{0,63}|--(?:method|salt|rounds)(?:=|[ \t]{1,3})[^\s'""]{1,64})){0,6}|(?<![\w-])dscl[ \t][^\r\n|;&]{0,128}?[ \t]-passwd[ \t]{1,3}(?:""[^""\r\n]{1,256}""|[^\s""]{1,256})(?:[ \t]{1,3}(?<q>['""]?)(?<value>[^\s'""$`(-][^\s'""`)]{0,255})\k<q>)?)[ \t]{1,3}(?<r>['""]?)(?<value>[^\s'""$`(-][^\s'""`)]{0,255})\k<r>", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordArgumentPattern();

    // mc admin user add ALIAS ACCESSKEY SECRETKEY; mc alias set / config host add ALIAS URL ACCESSKEY SECRETKEY. Arguments are no flag
    // and no variable; the secret is the one after the access key.
    [GeneratedRegex(@"(?<![\w-])mc[ \t]{1,3}(?:admin[ \t]{1,3}user[ \t]{1,3}add|(?:alias[ \t]{1,3}set|config[ \t]{1,3}host[ \t]{1,3}add)[ \t]{1,3}[^\s'""-][^\s]{0,127})[ \t]{1,3}[^\s'""-][^\s]{0,511}[ \t]{1,3}(?<q>['""]?)[^\s'""$-][^\s'""]{0,255}\k<q>[ \t]{1,3}(?<r>['""]?)(?<value>[^\s'""$-][^\s'""]{0,255})\k<r>(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MinioSecretPattern();

    // net user NAME PASSWORD (the name quoted or not), the password no switch and not "*".
    [GeneratedRegex(@"(?<![\w-])(?i:net)[ \t]{1,3}(?i:user)[ \t]{1,3}(?:""[^""\r\n]{1,64}""|[^\s""/*]{1,64})[ \t]{1,3}(?<q>""?)(?<value>[^\s""/*][^\s""]{0,255})\k<q>(?=[ \t]|\r?$)", RegexOptions.CultureInvariant)]
    private static partial Regex NetUserPattern();

    // One echo or printf of a feed, with its words (quoted or not; no variable, no command substitution); echo's -n/-e flags first.
    [GeneratedRegex(@"(?<![\w-])(?:echo|yes|(?<printf>printf))(?:[ \t]{1,3}-[neE]{1,3})?(?:[ \t]{1,3}(?:'(?<word>[^'\r\n]{1,256})'|""(?<word>[^""\r\n]{1,256})""|\$'(?<word>[^'\r\n]{1,256})'|(?<word>[^\s'""();|&`]{1,256})))+", RegexOptions.CultureInvariant)]
    private static partial Regex FeedCommandPattern();

    // tool [options] <<< WORD (a here-string; sudo -S <<< PASSWORD cmd, chpasswd <<< 'user:password'), quoted, ANSI-C quoted or bare.
    [GeneratedRegex(@"(?<![\w-])(?<tool>chpasswd|chgpasswd|passwd|smbpasswd|sudo|htpasswd|vncpasswd|kinit)(?![\w-])(?<options>[^\r\n<|;&]{0,256}?)<<<[ \t]{0,3}(?:\$?'(?<value>[^'\r\n]{1,256})'|""(?<value>[^""\r\n]{1,256})""|(?<value>[^\s'""]{1,256}))", RegexOptions.CultureInvariant)]
    private static partial Regex HereStringPattern();

    // chpasswd <<EOF, then user:password lines up to the delimiter (64 at most).
    [GeneratedRegex(@"(?<![\w-])ch(?:g)?passwd(?:[ \t][^\r\n<|;&]{0,128})?[ \t]{0,3}<<-?[ \t]{0,3}(?<q>['""]?)(?<end>[A-Za-z_]{1,32})\k<q>[^\r\n]{0,256}\r?\n(?:[ \t]{0,8}(?!\k<end>[ \t]*\r?$)(?<line>[^\s:]{1,64}:[^\s]{1,256})[ \t]*\r?\n){1,64}", RegexOptions.CultureInvariant)]
    private static partial Regex HereDocumentPattern();

    // expect's send (or exp_send, pexpect's sendline('…')) of a quoted answer, its \r or \n kept out of the value.
    [GeneratedRegex(@"(?:(?<![\w-])(?:exp_)?send(?:[ \t]{1,3}--)?[ \t]{1,3}""(?<value>(?:[^""\\\r\n]|\\[^rn\r\n]){1,256})(?:\\r|\\n){0,2}""|\.send(?:line)?\([ \t]{0,3}(?<q>['""])(?<value>[^'""\\\r\n]{1,256})(?:\\r|\\n){0,2}\k<q>[ \t]{0,3}\))", RegexOptions.CultureInvariant)]
    private static partial Regex SendPattern();
}
