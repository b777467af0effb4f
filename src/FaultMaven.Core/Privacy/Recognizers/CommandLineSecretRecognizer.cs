using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets passed on command lines, as shell histories, CI logs and audit records show them: every long option whose name
/// holds a secret word (<c>--password VALUE</c>, <c>--api-key VALUE</c>, <c>--client-secret=VALUE</c>), and the short flags of the
/// common tools that take a password (<c>docker login -p</c>, <c>mysql -pVALUE</c>, <c>sshpass -p</c>, <c>redis-cli -a</c>,
/// <c>ldapsearch -w</c>, <c>smbclient -U user%VALUE</c>, <c>openssl -passout pass:VALUE</c>, <c>htpasswd -b FILE USER VALUE</c>,
/// <c>ipmitool/sqlcmd/zip -P</c>, <c>keytool -storepass</c>, <c>lftp -u user,VALUE</c>, <c>7z -pVALUE</c>, <c>mongosh -p VALUE</c>,
/// <c>rabbitmqctl add_user USER VALUE</c>, <c>sqlplus user/VALUE@db</c>, <c>mosquitto_pub -P</c>, <c>xfreerdp /p:VALUE</c>, <c>consul
/// -encrypt=KEY</c>, <c>dig/nsupdate -y alg:name:KEY</c>), and a value echoed into a <c>--password-stdin</c>.
/// A short flag counts only after its tool on the same line: <c>-p</c> is a port to ssh and docker run.</summary>
internal sealed partial class CommandLineSecretRecognizer : PiiRecognizer
{
    private const int LookBack = 240;

    private static readonly string[] SnmpTools =
        ["snmpwalk", "snmpget", "snmpset", "snmpbulkwalk", "snmpbulkget", "snmptable", "snmptrap", "snmpinform", "snmpdelta", "snmpdf", "snmpstatus", "snmpnetstat", "snmptest", "snmpusm", "snmpvacm"];

    // Each short flag with the tools it is a password to; the tool must come before it on the same line.
    internal static readonly (Regex Pattern, string[] Tools)[] ToolFlags =
    [
        (LoginPasswordFlag(), ["docker ", "podman ", "buildah ", "nerdctl ", "skopeo ", "oras ", "helm ", "crane ", "az "]),
        (SshpassFlag(), ["sshpass", "mongosh", "mongo ", "mongodump", "mongorestore", "mongoexport", "mongoimport", "mongostat", "mongotop"]),
        (MysqlFlag(), ["mysql", "7z ", "7za ", "7zz ", "7zr "]),
        (RedisFlag(), ["redis-cli"]),
        (LdapFlag(), ["ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd", "ldapcompare", "ldapmodrdn"]),
        (SambaUserFlag(), ["smbclient", "rpcclient", "smbmap", "smbget"]),
        (OpenSslPassFlag(), ["openssl"]),
        (HtpasswdFlag(), ["htpasswd"]),
        (CapitalPasswordFlag(), ["ipmitool", "sqlcmd", "bcp ", "isql", "osql", "zip ", "mosquitto_"]),
        (WindowsPasswordSwitch(), ["freerdp", "rdesktop"]),
        (GossipKeyFlag(), ["consul ", "serf "]),
        (TsigKeyFlag(), ["dig ", "nsupdate", "kdig ", "knsupdate", "drill ", "delv "]),
        (KeytoolPassFlag(), ["keytool", "jarsigner"]),
        (LftpUserFlag(), ["lftp"]),
        (UserThenPasswordArgument(), ["rabbitmqctl"]),
        (OracleLogonArgument(), ["sqlplus", "sqlldr", "expdp", "impdp", "rman "]),
        (SnmpCommunityFlag(), SnmpTools),
        (SnmpPassphraseFlag(), [.. SnmpTools, "net-snmp-create-v3-user", "net-snmp-config --create-snmpv3-user"]),
        // useradd/usermod -p take the password (or its crypt hash); the InfluxDB 2 CLI's -p is a user's password, its -t the API token.
        (SpacedPasswordFlag(), ["useradd", "usermod", "influx "]),
        (SpacedTokenFlag(), ["influx "]),
    ];

    // One vectorised pass over a block finds which groups' tools it names (most blocks name none). It searches a rarer part of each
    // name, not the names: 81 names are too many for one vectorised search, and their first letters are common words' (con-sul,
    // ser-f, del-v). Every tool holds one of these keys; each hit is checked against the tools that hold its key.
    private static readonly string[] ToolKeys =
    [
        "docker ", "dman ", "dah ", "dctl", "skopeo", "ras ", "helm ", "crane ", "az ", "shpass", "ongo", "mysql", "7z ", "7za ", "7zz ",
        "7zr ", "is-cli", "ldap", "smb", "cclient", "nssl", "htpasswd", "pmitool", "qlcmd", "bcp ", "isql", "osql", "zip ", "squitto_",
        "rdp", "esktop", "nsul ", "rf ", "dig ", "supdate", "rill ", "elv ", "ytool", "jarsig", "lftp", "qctl", "lplus", "lldr", "xpdp",
        "mpdp", "man ", "snmp", "serad", "sermod", "nflux ",
    ];

    private static readonly System.Buffers.SearchValues<string> ToolKeySearch = System.Buffers.SearchValues.Create(ToolKeys, StringComparison.Ordinal);

    // Each tool with where its key starts in it and its group (an index into ToolFlags).
    private static readonly (string Tool, char KeyStart, int KeyAt, int Group)[] ToolsByKey =
        [.. ToolFlags.SelectMany((flag, group) => flag.Tools.Select(tool => Keyed(tool, group)))];

    private static readonly int AllGroups = (1 << ToolFlags.Length) - 1;

    private static (string Tool, char KeyStart, int KeyAt, int Group) Keyed(string tool, int group)
    {
        var key = ToolKeys.First(key => tool.Contains(key, StringComparison.Ordinal));
        return (tool, key[0], tool.IndexOf(key, StringComparison.Ordinal), group);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Recognize(string text, Findings found)
    {
        if (text.Contains('-'))
        {
            foreach (Match match in LongOptionPattern().Matches(text))
            {
                var key = match.Groups["key"].ValueSpan;
                if (!ConsideredQuoted(text, key, match.Groups["value"], found, EndsWithSecretWord(key)))
                {
                    SecretValues.Consider(key, match.Groups["value"].Index, match.Groups["value"].ValueSpan, found, text);
                }
            }

        }

        // echo 'VALUE' | docker login --password-stdin, | sudo -S, | gh secret set NAME: the value piped in is the password or the
        // secret ("$VAR" is a reference and is left alone).
        if (text.Contains("password-stdin", StringComparison.Ordinal) || text.Contains("sudo", StringComparison.Ordinal) || text.Contains("secret set", StringComparison.Ordinal))
        {
            foreach (Match match in EchoedPasswordPattern().Matches(text))
            {
                // Quoted, the piped value may hold blanks ('Jq8w Zt3k Lx9m'): the shell hands all of it to the login.
                var value = match.Groups["value"];
                if (!value.ValueSpan.ContainsAny(' ', '\t') || !SecretValues.ConsiderSpaced("password", value.Index, value.ValueSpan, found, argument: true))
                {
                    SecretValues.Consider("password", value.Index, value.ValueSpan, found, text);
                }
            }
        }

        // gh secret set NAME -b VALUE, -bVALUE, --body=VALUE: gh's short and glued spellings of the body flag.
        if (text.Contains("secret set", StringComparison.Ordinal))
        {
            foreach (Match match in SecretBodyFlag().Matches(text))
            {
                SecretValues.Consider("secret", match.Groups["value"].Index, match.Groups["value"].ValueSpan, found, text);
            }
        }

        var present = ToolGroupsIn(text);
        for (var group = 0; present != 0 && group < ToolFlags.Length; group++)
        {
            var (pattern, tools) = ToolFlags[group];
            if ((present & (1 << group)) == 0)
            {
                continue;
            }

            var (toolAt, loginAt) = (-1, -1);
            foreach (Match match in pattern.Matches(text))
            {
                // The tool must be on the flag's line, at most LookBack characters before it: bounded work per flag, and where the
                // last flag's tool is still in reach it is not searched for again.
                var from = Math.Max(0, match.Index - LookBack);
                from += text.AsSpan(from, match.Index - from).LastIndexOf('\n') + 1;
                if (toolAt < from)
                {
                    toolAt = LastIndexOfAny(text, from, match.Index, tools);
                }

                if (pattern == LoginPasswordFlag() && loginAt < from)
                {
                    loginAt = text.AsSpan(from, match.Index - from).LastIndexOf("login", StringComparison.Ordinal) is var at and >= 0 ? from + at : -1;
                }

                // SNMP's shipped communities (public, private) are common knowledge, not a secret to hide.
                // The flag is the tool's only within its command: "snmpwalk -c public sw01 && curl -X DELETE …" gives curl's -X.
                if (toolAt >= from && !text.AsSpan(toolAt, match.Index - toolAt).ContainsAny(CommandSeparators) && (pattern != LoginPasswordFlag() || loginAt >= from)
                    && !(pattern == SnmpCommunityFlag() && match.Groups["value"].ValueSpan is var community
                        && (community.Equals("public", StringComparison.OrdinalIgnoreCase) || community.Equals("private", StringComparison.OrdinalIgnoreCase))))
                {
                    if (!ConsideredQuoted(text, "password", match.Groups["value"], found, argument: true))
                    {
                        SecretValues.Consider("password", match.Groups["value"].Index, match.Groups["value"].ValueSpan, found, text);
                    }
                }
            }
        }
    }

    /// <summary>The groups of <see cref="ToolFlags"/> whose tools <paramref name="text"/> names anywhere, one bit each.</summary>
    internal static int ToolGroupsIn(string text)
    {
        var present = 0;
        var at = 0;
        while (present != AllGroups && text.AsSpan(at).IndexOfAny(ToolKeySearch) is var hit and >= 0)
        {
            at += hit;
            foreach (var (tool, keyStart, keyAt, group) in ToolsByKey)
            {
                if (keyStart == text[at] && at >= keyAt && text.AsSpan(at - keyAt).StartsWith(tool, StringComparison.Ordinal))
                {
                    present |= 1 << group;
                }
            }

            at++;
        }

        return present;
    }

    private static readonly System.Buffers.SearchValues<char> CommandSeparators = System.Buffers.SearchValues.Create(";|&");

    private static int LastIndexOfAny(string text, int from, int to, string[] words)
    {
        var last = -1;
        foreach (var word in words)
        {
            if (text.AsSpan(from, to - from).LastIndexOf(word, StringComparison.Ordinal) is var at and >= 0)
            {
                last = Math.Max(last, from + at);
            }
        }

        return last;
    }

    // A long option naming a secret, its value after a space (after "=" the key/value reading finds it); a value never starts with "-".
    // --pass and --pw alone (redis-cli --pass, many CLIs) are the password too.
    [GeneratedRegex(@"(?<![\w-])--(?<key>(?i:pass|pw)(?=[ \t])|(?:[A-Za-z][\w-]{0,30}?)??(?i:password|passwd|passphrase|secret|token|api-?key|access-key|auth-key|account-key|shared-key|storage-key|master-key|signing-key|encryption-key)(?:-[\w]{1,20}){0,2})[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex LongOptionPattern();

    // Only -p: --password VALUE is any tool's long option, read above.
    [GeneratedRegex(@"(?<![\w-])-p(?:[ \t]{1,3}|=)?['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex LoginPasswordFlag();

    [GeneratedRegex(@"(?<![\w-])-p[ \t]{0,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex SshpassFlag();

    // -p with its value after a blank: influx's -precision and useradd's other flags are no password.
    [GeneratedRegex(@"(?<![\w-])-p[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedPasswordFlag();

    [GeneratedRegex(@"(?<![\w-])-t[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTokenFlag();

    // mysql's -p takes its value attached; "-p dbname" prompts for the password and names a database.
    [GeneratedRegex(@"(?<![\w-])-p['""]?(?<value>[^\s'""-][^\s'""]{0,127})", RegexOptions.CultureInvariant)]
    private static partial Regex MysqlFlag();

    [GeneratedRegex(@"(?<![\w-])-a[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex RedisFlag();

    [GeneratedRegex(@"(?<![\w-])-w[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex LdapFlag();

    [GeneratedRegex(@"(?<![\w-])(?:-U|--user(?:name)?)(?:[ \t]{1,3}|=)['""]?[^\s%'""]{1,128}%(?<value>[^\s'""]{1,256})", RegexOptions.CultureInvariant)]
    private static partial Regex SambaUserFlag();

    [GeneratedRegex(@"(?<![\w-])-pass(?:in|out)?[ \t]{1,3}['""]?pass:(?<value>[^\s'""]{1,256})", RegexOptions.CultureInvariant)]
    private static partial Regex OpenSslPassFlag();

    [GeneratedRegex(@"(?<![\w-])-P[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalPasswordFlag();

    [GeneratedRegex(@"(?<![\w-])-(?:src|dest|new)?(?:store|key)pass[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex KeytoolPassFlag();

    [GeneratedRegex(@"(?<![\w-])-u[ \t]{1,3}['""]?[^\s,'""]{1,128},(?<value>[^\s'""]{1,256})", RegexOptions.CultureInvariant)]
    private static partial Regex LftpUserFlag();

    // rabbitmqctl add_user USER PASSWORD, change_password USER PASSWORD.
    [GeneratedRegex(@"(?<![\w-])(?:add_user|change_password)[ \t]{1,3}['""]?[^\s'""]{1,128}['""]?[ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex UserThenPasswordArgument();

    // Oracle's logon argument user/password@connect_identifier (sqlplus scott/VALUE@orcl).
    [GeneratedRegex(@"(?<![\w/@:.-])[A-Za-z_][\w$#]{0,29}/(?<value>[^\s@/'""]{1,128})@[\w./:-]", RegexOptions.CultureInvariant)]
    private static partial Regex OracleLogonArgument();

    // echo [-n] VALUE | … --password-stdin (or sudo -S, or gh secret set), on one line; the value, quoted (blanks and all) or not, is not a variable;
    // printf may take it after a format that prints it alone ('%s', "%s\n"), or print it with its newline ('VALUE\n').
    [GeneratedRegex(@"(?<![\w-])(?:echo|printf)[ \t]{1,3}(?:-[ne]{1,2}[ \t]{1,3})?(?:(?<f>['""])%s(?:\\n)?\k<f>[ \t]{1,3})?(?:(?<q>['""])(?<value>[^\s'""$|`\\](?:[^\r\n'""|`\\]|\\(?!n(?:['""\s]|$))){0,255})(?:\\n)?\k<q>|(?<value>[^\s'""$|`\\](?:[^\s'""|`\\]|\\(?!n(?:['""\s]|$))){0,255})(?:\\n)?)[ \t]{0,3}\|[^\n|]{0,160}?(?:--password-stdin|(?<![\w-])sudo(?:[ \t]{1,3}-[A-Za-z]{1,4}(?:[ \t]{1,3}[\w.-]{1,32})?){0,3}?[ \t]{1,3}-[A-Za-z]{0,3}S(?![\w-])|(?<![\w-])gh[ \t]{1,3}secret[ \t]{1,3}set(?![\w-]))", RegexOptions.CultureInvariant)]
    private static partial Regex EchoedPasswordPattern();

    // gh secret set NAME … -b VALUE, -bVALUE, --body=VALUE (--body VALUE is read with the other value flags); not a variable, a file or
    // a flag.
    [GeneratedRegex(@"(?<![\w-])gh[ \t]{1,3}secret[ \t]{1,3}set[ \t][^\n|;&<>]{0,160}?(?<![\w-])(?:-b[ \t]{0,3}|--body=)(?<q>['""]?)(?<value>[^\s'""$@<-][^\s'""]{0,511})\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex SecretBodyFlag();

    // FreeRDP's /p:VALUE and /password:VALUE switches (rdesktop's -p VALUE); MSBuild's /p:Name=Value is a property, read by its name.
    [GeneratedRegex(@"(?<![\w/:-])(?:/p(?:assword)?:|-p[ \t]{1,3})['""]?(?<value>[^\s'""=/-][^\s'""=]{0,255})(?=['""]?(?:\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex WindowsPasswordSwitch();

    // A TSIG key given as [algorithm:]name:secret (dig -y hmac-sha256:xfer-key:SECRET, nsupdate -y), also glued to its flag like
    // any short option's argument (dig -yhmac-sha256:xfer-key:SECRET): the secret is base64.
    [GeneratedRegex(@"(?<![\w-])-y[ \t]{0,3}['""]?(?:hmac-[\w]{1,16}:)?[\w.-]{1,64}:(?<value>[A-Za-z0-9+/]{16,128}={0,2})(?![A-Za-z0-9+/=])", RegexOptions.CultureInvariant)]
    private static partial Regex TsigKeyFlag();

    // consul agent -encrypt=KEY (and serf's): the gossip encryption key, base64 of 16 or 32 bytes.
    [GeneratedRegex(@"(?<![\w-])--?encrypt(?:=|[ \t]{1,3})['""]?(?<value>[A-Za-z0-9+/]{16,88}={0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex GossipKeyFlag();

    // Net-SNMP's -c COMMUNITY (v1/v2c), attached or after blanks; -C is an option of its own.
    [GeneratedRegex(@"(?<![\w-])-c(?:[ \t]{1,3})?['""]?(?<value>[^\s'""-][^\s'""]{0,127})", RegexOptions.CultureInvariant)]
    private static partial Regex SnmpCommunityFlag();

    // Net-SNMP's v3 -A AUTH-PASSPHRASE and -X PRIV-PASSPHRASE (net-snmp-create-v3-user too); -a and -x name the algorithms.
    [GeneratedRegex(@"(?<![\w-])-[AX][ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,127})", RegexOptions.CultureInvariant)]
    private static partial Regex SnmpPassphraseFlag();

    // htpasswd -b[cBmsdp] FILE USER PASSWORD
    [GeneratedRegex(@"(?<![\w-])-[a-zA-Z]{0,4}b[a-zA-Z]{0,4}(?:[ \t]{1,3}-[a-zA-Z]{1,4}){0,3}[ \t]{1,3}[^\s-][^\s]{0,255}[ \t]{1,3}[^\s]{1,128}[ \t]{1,3}['""]?(?<value>[^\s'""]{1,256})", RegexOptions.CultureInvariant)]
    private static partial Regex HtpasswdFlag();
}
