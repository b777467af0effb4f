using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets that network gear, VPN and Wi-Fi configuration and PHP name by position rather than by a key (issue 18, unseen5):
/// a pre-shared key (<c>psk="…"</c>, <c>psk=&lt;64 hex&gt;</c>, ipsec.secrets' <c>: PSK "…"</c>, <c>crypto isakmp key … address</c>), a
/// credential after an IOS encryption-type digit (<c>password 7 …</c>, <c>key 0 …</c>, <c>authentication-key 7 …</c>, <c>key-string 7 …</c>),
/// an SNMP community (<c>snmp-server community X RO</c>, Junos <c>set snmp community X</c>), and a constant defined with a secret-named
/// first argument (<c>define('AUTH_KEY', '…')</c>, <c>putenv("API_TOKEN=…")</c> is read by the key reader).</summary>
internal sealed partial class NamedSecretRecognizer
{
    private static readonly SearchValues<string> DeviceAnchors = SearchValues.Create(["psk", "isakmp", "snmp", "password", "secret", "key"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> DefineAnchors = SearchValues.Create(["define", "setenv", "setdefault"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> DeviceWords = SearchValues.Create(["psk", "isakmp", "snmp", "password 7 ", "password 0 ", "secret 5 ", "secret 8 ", "secret 9 ", "secret 0 ", "key 0 ", "key 7 ", "key-string 7 "], StringComparison.OrdinalIgnoreCase);

    private static void FindDeviceSecrets(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, DeviceAnchors, DeviceSecretPattern()))
        {
            if (char.IsAsciiLetterOrDigit(TextContext.CharBefore(text, match.Index)) || TextContext.CharBefore(text, match.Index) is '_' or '-' && !match.ValueSpan.StartsWith("key", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = match.Groups["value"];
            var v = value.ValueSpan;
            // After a type digit: only on a configuration line (lower-case words and numbers from the line's start, as IOS prints them),
            // and not a plain word ("failed password 5 attempts" is a sentence).
            if (match.Groups["typed"].Success && (SecretValues.IsPlainWord(v) || !IsConfigurationLine(text, match.Index)))
            {
                continue;
            }

            // The shipped community strings and a template's mask are not chosen secrets.
            if (match.Groups["community"].Success && (v.Equals("public", StringComparison.OrdinalIgnoreCase) || v.Equals("private", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            SecretValues.Consider("password", value.Index, v, found, text);
        }
    }

    private static void FindDefinedSecrets(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, DefineAnchors, DefinePattern()))
        {
            var key = match.Groups["key"].ValueSpan;
            if (key.IndexOfAny(CredentialWords) >= 0 || key.Contains("salt", StringComparison.OrdinalIgnoreCase))
            {
                var value = match.Groups["value"];
                if (!SecretValues.IsDescriptive(key) && value.Length >= 6 && !Checks.Placeholder(value.ValueSpan) && Checks.Entropy(value.ValueSpan) >= 3.0)
                {
                    found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.85);
                }
                else
                {
                    SecretValues.ConsiderDelimited(key, value.Index, value.ValueSpan, found);
                }
            }
        }
    }

    /// <summary>Gets whether the line holding <paramref name="index"/> is a configuration command up to it: blanks, lower-case words,
    /// numbers and hyphens only (<c> username admin privilege 15</c>, <c> ip ospf</c>), at most 120 characters back.</summary>
    private static bool IsConfigurationLine(string text, int index)
    {
        var i = index;
        while (i > 0 && index - i < 120 && text[i - 1] != '\n')
        {
            var c = text[i - 1];
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ' ' or '\t' or '-' or '.'))
            {
                return false;
            }

            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }

    // psk= / psk "…" / : PSK "…"; crypto isakmp key K address; (password|secret|key|key-string|authentication-key) <type digit> V at the
    // line's end; (snmp-server|snmp) community V.
    [GeneratedRegex(@"\G(?:(?i:psk)(?:[ \t]{0,3}=[ \t]{0,3}""?|[ \t]{1,3}"")(?<value>[^""\s]{6,128})|(?i:isakmp)[ \t]{1,3}(?i:key)[ \t]{1,3}(?:[0-9][ \t]{1,3})?(?<value>\S{4,128})[ \t]{1,3}(?i:address|hostname)|(?i:snmp-server|snmp)[ \t]{1,3}(?<community>(?i:community))[ \t]{1,3}""?(?<value>[^""\s]{4,128})""?(?=[ \t]|\r?\n|$)|(?<typed>(?i:password|secret|key|key-string))[ \t]{1,3}[05789][ \t]{1,3}(?<value>\S{4,256})(?=[ \t]*(?:\r?\n|$)))", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceSecretPattern();

    // define( 'NAME', 'VALUE' ) and the like: the value runs to its own closing quote and the call's parenthesis, so a salt's quotes,
    // commas and brackets of the other kind stay inside it.
    [GeneratedRegex(@"\G(?i:define|setenv|setdefault)[ \t]{0,3}\([ \t]{0,3}(?<q>[""'])(?<key>[A-Za-z_][\w.-]{0,60})\k<q>[ \t]{0,3},[ \t]{0,16}(?<r>[""'])(?<value>[^\r\n]{1,256}?)\k<r>[ \t]{0,3}\)", RegexOptions.CultureInvariant)]
    private static partial Regex DefinePattern();
}
