using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Environment variables that client tools read as a secret although their names hold no secret's word: a variable named
/// <c>…_AUTH</c> holds a password or <c>user:password</c> (redis-cli's <c>REDISCLI_AUTH</c>, Consul's and Nomad's <c>…_HTTP_AUTH</c>), one
/// named <c>…_PAT</c> a personal access token (Azure DevOps' <c>AZURE_DEVOPS_EXT_PAT</c>, <c>GITHUB_PAT</c>). Only an upper-case
/// variable's name is read so (<c>SMTP_AUTH=true</c> and <c>DB_AUTH=scram-sha-256</c> are settings, and so are lower-case keys), and
/// its value must be chosen: a reference (<c>$REDISCLI_AUTH</c>), a path or a word stays.</summary>
internal sealed partial class NamedSecretRecognizer
{
    private static readonly SearchValues<string> ClientVariableEnds = SearchValues.Create(["_AUTH", "_PAT"], StringComparison.Ordinal);
    private static readonly SearchValues<char> UpperName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly SearchValues<char> SettingName = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    private static void FindClientVariables(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, ClientVariableEnds, ClientVariablePattern()))
        {
            // The whole name: upper-case letters, digits and underscores back to its start (bounded), a letter first, not inside a word.
            var start = match.Index;
            while (start > 0 && match.Index - start < 64 && UpperName.Contains(text[start - 1]))
            {
                start--;
            }

            if (start == match.Index || !char.IsAsciiLetterUpper(text[start]) || text[match.Index - 1] == '_'
                || start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '$' or '{' or '.' or '-'))
            {
                continue;
            }

            // A value runs to a blank, a quote or a command's separator; one longer than 512 characters is no password.
            var value = match.Groups["value"];
            var next = match.Index + match.Length;
            if (value.Length >= 512 || next < text.Length && !char.IsWhiteSpace(text[next]) && text[next] is not (';' or '&' or '|' or ')' or ',' or '}'))
            {
                continue;
            }

            var index = value.Index;
            var span = value.ValueSpan;
            var auth = match.Groups["kind"].ValueSpan is "AUTH";
            // user:password: the user is evidence, the part after the first colon the secret.
            if (auth && span.IndexOf(':') is var colon and > 0 && colon < span.Length - 1 && !span[..colon].ContainsAny('/', '@'))
            {
                index += colon + 1;
                span = span[(colon + 1)..];
            }

            // A setting's value in lower-case words joined by hyphens or dots (scram-sha-256, sha-512) names a method, not a password.
            if (!SecretValues.IsStrongValue(span) || auth && !span.ContainsAnyExcept(SettingName) && span.ContainsAny('-', '.'))
            {
                continue;
            }

            SecretValues.Consider(auth ? "password" : "token", index, span, found, text);
        }
    }

    // The end of a variable's name, "=" or a YAML colon, and its value (quoted or not; not a flag), read at once and never given back:
    // where it ends is checked after the match, so a run of names (A_AUTH=B_PAT=…) is read once, not once per name.
    [GeneratedRegex(@"\G_(?<kind>AUTH|PAT)(?:=|:[ \t]{1,3})(?<q>['""]?)(?<value>(?>[^\s'"";&|-][^\s'"";&|]{0,511}))\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex ClientVariablePattern();
}
