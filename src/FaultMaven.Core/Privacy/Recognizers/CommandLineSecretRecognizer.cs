using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets passed on command lines, as shell histories, CI logs and audit records show them: every long option whose name
/// holds a secret word (<c>--password VALUE</c>, <c>--api-key VALUE</c>, <c>--client-secret=VALUE</c>), and the short flags of the
/// common tools that take a password (<c>docker login -p</c>, <c>mysql -pVALUE</c>, <c>sshpass -p</c>, <c>redis-cli -a</c>,
/// <c>ldapsearch -w</c>, <c>smbclient -U user%VALUE</c>, <c>openssl -passout pass:VALUE</c>, <c>htpasswd -b FILE USER VALUE</c>).
/// A short flag counts only after its tool on the same line: <c>-p</c> is a port to ssh and docker run.</summary>
internal sealed partial class CommandLineSecretRecognizer : PiiRecognizer
{
    public override void Recognize(string text, Findings found)
    {
        if (!text.Contains('-'))
        {
            return;
        }

        foreach (Match match in LongOptionPattern().Matches(text))
        {
            SecretValues.Consider(match.Groups["key"].ValueSpan, match.Groups["value"].Index, match.Groups["value"].ValueSpan, found);
        }

        foreach (Match match in ToolFlagPattern().Matches(text))
        {
            SecretValues.Consider("password", match.Groups["value"].Index, match.Groups["value"].ValueSpan, found);
        }
    }

    // A long option naming a secret, its value after a space (after "=" the key/value reading finds it); a value never starts with "-".
    [GeneratedRegex(@"(?<![\w-])--(?<key>(?:[A-Za-z][\w-]{0,30}?)??(?i:password|passwd|passphrase|secret|token|api-?key|access-key|auth-key)(?:-[\w]{1,20}){0,2})[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex LongOptionPattern();

    // The tool comes first on the line (a bounded look back), then its flag; the value is attached or after a space.
    [GeneratedRegex(
        @"(?<![\w-])(?:" +
        @"-p(?<=\b(?:docker|podman|buildah|nerdctl|skopeo|oras|helm|crane|az)\b[^\n]{0,80}\blogin\b[^\n]{0,200}-p)(?:[ \t]{1,3}|=)?['""]?(?<value>[^\s'""-][^\s'""]{0,255})" +
        @"|-p(?<=\bsshpass\b[^\n]{0,200}-p)[ \t]{0,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})" +
        @"|-p(?<=\bmysql(?:dump|admin|import|check|sh)?\b[^\n]{0,200}-p)['""]?(?<value>[^\s'""-][^\s'""]{0,127})" +
        @"|-a(?<=\bredis-cli\b[^\n]{0,200}-a)[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})" +
        @"|-w(?<=\bldap(?:search|modify|add|delete|whoami|passwd|compare|modrdn)\b[^\n]{0,200}-w)[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})" +
        @"|(?:-U|--user(?:name)?)(?<=\b(?:smbclient|rpcclient|smbmap|smbget)\b[^\n]{0,200}(?:-U|--user|--username))(?:[ \t]{1,3}|=)['""]?[^\s%'""]{1,128}%(?<value>[^\s'""]{1,256})" +
        @"|-pass(?:in|out)?[ \t]{1,3}['""]?pass:(?<value>[^\s'""]{1,256})" +
        @"|-[a-zA-Z]{0,4}b[a-zA-Z]{0,4}(?<=\bhtpasswd[ \t]{1,3}-[a-zA-Z]{0,4}b[a-zA-Z]{0,4})(?:[ \t]{1,3}-[a-zA-Z]{1,4}){0,3}[ \t]{1,3}[^\s]{1,256}[ \t]{1,3}[^\s]{1,128}[ \t]{1,3}['""]?(?<value>[^\s'""]{1,256})" +
        @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex ToolFlagPattern();
}
