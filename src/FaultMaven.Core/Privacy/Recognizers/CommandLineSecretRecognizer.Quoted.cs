using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A flag's quoted argument holding blanks (<c>--password 'a b c'</c>, <c>sshpass -p "Fjord 4 Kestrel!"</c>): the shell hands the
/// whole quoted word to the flag.</summary>
internal sealed partial class CommandLineSecretRecognizer
{
    private static readonly string[] SecretWordEndings = ["pass", "password", "passwd", "passphrase", "pw", "secret", "token", "key"];

    /// <summary>Judges the value whole when it opened after a quote and stopped at a blank before that quote closed; returns whether it did.
    /// <paramref name="argument"/>: the flag is the secret's own (<c>--password</c>), so any words are the secret; a flag about a
    /// secret (<c>--token-description</c>) has its words judged as a sentence or a passphrase.</summary>
    private static bool ConsideredQuoted(string text, ReadOnlySpan<char> key, Group value, Findings found, bool argument)
    {
        var end = value.Index + value.Length;
        if (value.Index == 0 || text[value.Index - 1] is not ('"' or '\'') || TextContext.CharAt(text, end) is not (' ' or '\t'))
        {
            return false;
        }

        var close = SecretValues.QuotedRunEnd(text, value.Index - 1, end);
        return close >= 0 && SecretValues.ConsiderSpaced(key, value.Index, text.AsSpan(value.Index, close - value.Index), found, argument);
    }

    /// <summary>Gets whether a long option's name ends with the secret's own word (<c>db-password</c>, <c>api-key</c>), not a word about it.</summary>
    private static bool EndsWithSecretWord(ReadOnlySpan<char> key)
    {
        foreach (var word in SecretWordEndings)
        {
            if (key.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
