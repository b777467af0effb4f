using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>An <c>expect</c> script's answer to a password prompt: <c>expect "password:"</c> then <c>send "X\r"</c>, on the next line
/// or after a semicolon. The answer to any other prompt (<c>login:</c>) is left, and so is a variable (<c>$env(PASS)</c>, <c>$pw</c>)
/// or a Tcl command (<c>[exec cat f]</c>).</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The prompts that ask for a secret, matched in the last expect's pattern before a send.
    private static readonly string[] SecretPrompts = ["assword", "passphrase", "passcode", "pin:", "secret"];

    private static void ExpectSends(string text, Findings found)
    {
        if (!Keyword.In(text, "expect"))
        {
            return;
        }

        foreach (Match match in SendPattern().Matches(text))
        {
            var value = match.Groups["value"];
            var window = Math.Max(0, value.Index - 300);
            var before = text.AsSpan(window, match.Index - window);
            var expect = before.LastIndexOf("expect", StringComparison.OrdinalIgnoreCase);
            if (expect < 0 || before[expect..].Contains("send", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var prompt = before[expect..];
            var asks = false;
            foreach (var word in SecretPrompts)
            {
                asks |= prompt.Contains(word, StringComparison.OrdinalIgnoreCase);
            }

            var v = value.ValueSpan;
            if (asks && v[0] is not ('$' or '['))
            {
                SecretValues.Consider("password", value.Index, v, found);
            }
        }
    }

    // send [--] "value" with the value's typed line end (\r, \n) left out of it.
    [GeneratedRegex(@"(?<![\w-])(?i:send)(?:[ \t]{1,4}-[\w-]{1,8})*[ \t]{1,4}""(?<value>[^""\\\r\n]{1,256})(?:\\[rn]){0,2}""", RegexOptions.CultureInvariant)]
    private static partial Regex SendPattern();
}
