using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Passwords that no key names, only their position in a command, a protocol or a file format (issue 18, unseen4):
/// <c>AUTH pw</c> at a Redis prompt, IMAP's <c>tag LOGIN user pw</c>, Windows' <c>net use \\host\share pw</c> and the <c>/RP</c>,
/// <c>/P</c> switches of its remote task tools, PowerShell's <c>ConvertTo-SecureString 'pw' -AsPlainText</c>, the last field of a
/// <c>.pgpass</c> line, an Oracle thin URL's <c>user/pw@</c>, chat that puts the value before its name ("use X as the admin pw",
/// "creds: user ops / X"), and a secret a command prints alone on the line below it.</summary>
internal sealed partial class PositionalSecretRecognizer : PiiRecognizer
{
    // SASL mechanisms: the word after AUTH in SMTP and IMAP names how the credentials follow, it is not one.
    private static readonly HashSet<string> Mechanisms = new(StringComparer.OrdinalIgnoreCase)
    {
        "plain", "login", "cram-md5", "digest-md5", "xoauth2", "oauthbearer", "gssapi", "ntlm", "external", "anonymous", "scram-sha-1", "scram-sha-256",
    };

    // Windows tools whose /P (and schtasks' /RP) switch takes the remote account's password.
    private static readonly string[] RemoteTaskTools = ["schtasks", "tasklist", "taskkill", "systeminfo", "eventcreate", "getmac", "driverquery", "openfiles", "gpresult"];

    // The words the two line patterns below hold, each match within one line: only the lines holding them are searched.
    private static readonly SearchValues<char> StoreKeySeparators = SearchValues.Create("/._:-");
    private static readonly SearchValues<char> RoleCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-_");
    private static readonly SearchValues<string> AuthWord = SearchValues.Create(["auth"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> LoginWord = SearchValues.Create(["login"], StringComparison.OrdinalIgnoreCase);

    // What every match of the four whole-text patterns below holds, within its one line: the pattern is run on those lines only.
    internal static readonly SearchValues<string> AsWord = SearchValues.Create([" as ", " as\t", "\tas ", "\tas\t"], StringComparison.OrdinalIgnoreCase);
    internal static readonly SearchValues<string> UserWord =
        SearchValues.Create(["user ", "user\t", "user:", "username ", "username\t", "username:"], StringComparison.OrdinalIgnoreCase);
    internal static readonly SearchValues<string> StoreWriteWord = SearchValues.Create(["put ", "put\t", "set ", "set\t", "setex ", "setex\t", "setnx ", "setnx\t"], StringComparison.OrdinalIgnoreCase);
    internal static readonly SearchValues<string> DigestWord = SearchValues.Create(["digest"], StringComparison.OrdinalIgnoreCase);

    // The words that decide which of the patterns below run, read in one pass (each alone read the whole text when absent).
    private static readonly KeywordSet Words =
        new("auth", "login", "net use", "/rp", "/p ", "securestring", ":thin:", "pgpass", ":5432:", " as ", "user", "put ", "set ", "setex ", "setnx ", "digest", "digest:", "auth:");

    public override void Recognize(string text, Findings found)
    {
        var present = Words.In(text);
        if (Words.Has(present, "auth"))
        {
            foreach (var match in Anchors.InLinesWith(text, AuthWord, AuthCommandPattern()))
            {
                // AUTH PLAIN <base64>: the mechanism, then the credentials in another encoding (read elsewhere).
                if (!Mechanisms.Contains(match.Groups["first"].Value))
                {
                    StrongPassword(match.Groups["value"], found);
                }
            }
        }

        // Redis's wire protocol (RESP) as strace and packet dumps print it: *2 $4 AUTH $16 <password>, each part after its length,
        // the line breaks escaped (\r\n) or not; AUTH user password has one more part.
        if (Words.Has(present, "auth") && text.Contains('$'))
        {
            foreach (Match match in RespAuthPattern().Matches(text))
            {
                Password(match.Groups["value"].Index, match.Groups["value"].ValueSpan, found);
            }
        }

        if (Words.Has(present, "login"))
        {
            foreach (var match in Anchors.InLinesWith(text, LoginWord, ImapLoginPattern()))
            {
                StrongPassword(match.Groups["value"], found);
            }
        }

        if (Words.Has(present, "net use"))
        {
            foreach (Match match in NetUsePattern().Matches(text))
            {
                // net use Z: \\host\share [password | *] [/user:[domain\]name] [/persistent:no]: the one argument that is no switch.
                foreach (Match argument in ArgumentPattern().Matches(match.Groups["rest"].Value))
                {
                    var value = argument.Groups["value"];
                    if (value.ValueSpan[0] != '/' && value.ValueSpan is not "*")
                    {
                        if (SecretValues.IsStrongValue(value.ValueSpan))
                        {
                            Password(match.Groups["rest"].Index + value.Index, value.ValueSpan, found);
                        }

                        break;
                    }
                }
            }
        }

        if (Words.Has(present, "/rp") || Words.Has(present, "/p "))
        {
            foreach (Match match in WindowsPasswordSwitchPattern().Matches(text))
            {
                if (TextContext.OnLineBefore(text, match.Index, 400, RemoteTaskTools))
                {
                    StrongPassword(match.Groups["value"], found);
                }
            }
        }

        if (Words.Has(present, "securestring"))
        {
            foreach (Match match in SecureStringPattern().Matches(text))
            {
                Password(match.Groups["value"], found);
            }
        }

        if (Words.Has(present, ":thin:"))
        {
            foreach (Match match in OracleThinPattern().Matches(text))
            {
                var value = match.Groups["value"];
                if (SecretValues.LooksSecret(value.ValueSpan, 1.5))
                {
                    found.Add(PiiType.ConnectionString, value.Index, value.Index + value.Length, 0.9);
                }
            }
        }

        // The .pgpass format is PostgreSQL's: read where the text names the file or holds its default port.
        if (Words.Has(present, "pgpass") || Words.Has(present, ":5432:"))
        {
            foreach (Match match in PgpassLinePattern().Matches(text))
            {
                Password(match.Groups["value"], found);
            }
        }

        if (Words.Has(present, " as "))
        {
            foreach (var match in Anchors.InLinesWith(text, AsWord, ValueBeforeNamePattern()))
            {
                StrongPassword(match.Groups["value"], found);
            }
        }

        if (Words.Has(present, "user"))
        {
            foreach (var match in Anchors.InLinesWith(text, UserWord, UserSlashPasswordPattern()))
            {
                StrongPassword(match.Groups["value"], found);
            }
        }

        // A key-value store's write: consul kv put app/db/password VALUE, etcdctl put /app/api_token VALUE, redis-cli SET key VALUE.
        // The key names the secret (the one reading of secret names decides), the value classifier decides the value. A store's key
        // is a path or a compound name: a lone word is prose ("set password policy strict"); a value holding key=value pairs is an
        // argument list (vault kv put secret/app username=admin password=…, read by the pair readers).
        // Redis's keys are colon paths whose secret part may come first (api_key:prod): one part naming a secret names the value;
        // a whole key that only ends like one (session_token_cache) needs a machine-made value.
        if (Words.Has(present, "put ") || Words.Has(present, "set ") || Words.Has(present, "setex ") || Words.Has(present, "setnx "))
        {
            foreach (var match in Anchors.InLinesWith(text, StoreWriteWord, StoreWritePattern()))
            {
                var key = match.Groups["key"].ValueSpan;
                var value = match.Groups["value"].ValueSpan;
                // A hash's field is a record's field name (HSET secrets:prod api_key V): one word naming a secret names the value.
                var field = match.Groups["hash"].Success;
                // A plain word under a token's or a session's key is its state (SETEX session_token:42 3600 pending), not the token; a
                // password may still be one word.
                if (SecretValues.IsPlainWord(value) && !NamesPassword(key))
                {
                    continue;
                }

                if ((field || key.IndexOfAny(StoreKeySeparators) >= 0) && value.TrimEnd('=').IndexOf('=') < 0
                    && (SegmentNamesSecret(key) || ContextSecretRecognizer.NamesSecret(key) && MachineMade(value)))
                {
                    SecretValues.Consider(key, match.Groups["value"].Index, value, found);
                }
            }
        }

        // ZooKeeper's digest scheme carries a user and a password: addauth digest user:pass, zkCli -auth digest:user:pass, Hadoop's
        // zk-auth value digest:user:pass. An ACL's digest (digest:user:HASH=:cdrwa) holds a hash and permissions after a third colon.
        if (Words.Has(present, "digest"))
        {
            foreach (var match in Anchors.InLinesWith(text, DigestWord, DigestCredentialPattern()))
            {
                var password = match.Groups["password"];
                if (SecretValues.LooksSecret(password.ValueSpan, 1.5))
                {
                    var credential = match.Groups["credential"];
                    found.Add(PiiType.GenericSecret, credential.Index, credential.Index + credential.Length, 0.85);
                }
            }
        }

        // A ZooKeeper ACL (setAcl /app digest:admin:X:cdrwa, auth:admin:X:cdrwa): the digest scheme wants the password's hash there
        // (base64 of a SHA-1, padded with "="), and anything else in that place is the password itself, typed where its hash belongs.
        if (Words.Has(present, "digest:") || Words.Has(present, "auth:"))
        {
            foreach (Match match in AclCredentialPattern().Matches(text))
            {
                var password = match.Groups["password"];
                if (!IsAclHash(password.ValueSpan) && !IsRoleName(password.ValueSpan) && SecretValues.LooksSecret(password.ValueSpan, 1.5))
                {
                    found.Add(PiiType.GenericSecret, password.Index, password.Index + password.Length, 0.85);
                }
            }
        }

        FindPrintedSecrets(text, found);
    }

    private static bool NamesPassword(ReadOnlySpan<char> key) =>
        key.Contains("pass", StringComparison.OrdinalIgnoreCase) || key.Contains("pw", StringComparison.OrdinalIgnoreCase);

    /// <summary>A role's or permission's name where an ACL's password would be (<c>auth:admin:read-only:r</c>, <c>auth:ops:readwrite:rw</c>):
    /// one or two lower-case words. A password typed there holds a digit, a capital or a symbol, or is a phrase of three words or more.</summary>
    private static bool IsRoleName(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept(RoleCharacters) && value.Count('-') + value.Count('_') <= 1 && value[0] is not ('-' or '_') && value[^1] is not ('-' or '_');

    private static bool IsAclHash(ReadOnlySpan<char> value) =>
        value.Length is >= 20 and <= 64 && value[^1] == '=' && !value.TrimEnd('=').ContainsAnyExcept(Base64Alphabet);

    private static readonly SearchValues<char> Base64Alphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    /// <summary>Whether a value is machine-made (a token, not a word a person or a status gives): 16 or more characters, no blank,
    /// letters and digits interleaved (four switches or more: not <c>expires_at_1733565600</c>), 3 bits of entropy per character.</summary>
    private static bool MachineMade(ReadOnlySpan<char> value)
    {
        var v = value.Trim("\"'");
        if (v.Length < 16 || v.IndexOfAny(' ', '\t') >= 0 || Checks.Entropy(v) < 3.0)
        {
            return false;
        }

        var switches = 0;
        for (var i = 1; i < v.Length && switches < 4; i++)
        {
            switches += char.IsAsciiDigit(v[i]) != char.IsAsciiDigit(v[i - 1]) && char.IsAsciiLetterOrDigit(v[i]) && char.IsAsciiLetterOrDigit(v[i - 1]) ? 1 : 0;
        }

        return switches >= 4;
    }

    /// <summary>Whether one part of a store's key names a secret by itself (<c>app/db/password</c>, <c>/prod/api_token</c>): a part
    /// that names something about one (<c>password_reset:user42</c>, a reset request's record) does not make the value a secret.</summary>
    internal static bool SegmentNamesSecret(ReadOnlySpan<char> key)
    {
        foreach (var range in key.SplitAny("/:"))
        {
            if (ContextSecretRecognizer.NamesSecret(key[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A command at a prompt that names a secret (<c>argocd admin initial-password</c>, <c>vault read -field=token …</c>,
    /// <c>kubectl get secret … -o jsonpath='{.data.password}' | base64 -d</c>) and one chosen-looking word alone on the next line:
    /// that word is what the command printed.</summary>
    private static void FindPrintedSecrets(string text, Findings found)
    {
        if (!text.Contains("$ ", StringComparison.Ordinal) && !text.Contains("> ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in PromptOutputPattern().Matches(text))
        {
            var command = match.Groups["command"].ValueSpan;
            var value = match.Groups["value"];
            if (command.IndexOfAny(SecretCommandWords) >= 0 && SecretValues.IsMixedValue(value.ValueSpan) && SecretValues.LooksSecret(value.ValueSpan))
            {
                found.Add(PiiType.GenericSecret, value.Index, value.Index + value.Length, 0.8);
            }
        }
    }

    private static readonly SearchValues<string> SecretCommandWords = SearchValues.Create(["password", "passwd", "secret", "token", "credential"], StringComparison.OrdinalIgnoreCase);

    private static void Password(Group value, Findings found) => Password(value.Index, value.ValueSpan, found);

    // A value no key names must be unlike a word ("> auth failed", "a1 LOGIN alice retry"): a digit, a symbol or an inner capital.
    private static void StrongPassword(Group value, Findings found)
    {
        if (SecretValues.IsStrongValue(value.ValueSpan.TrimEnd(".,;)")))
        {
            Password(value, found);
        }
    }

    private static void Password(int index, ReadOnlySpan<char> value, Findings found) => SecretValues.Consider("password", index, value, found);

    // "digest:" (glued, as -auth and zk-auth write it) or "addauth digest ", then user:password ending the token (no third colon:
    // an ACL's hash and permissions); not "digest word:word" in prose, nor a content digest named by its algorithm (digest sha256:…).
    [GeneratedRegex(@"(?<![\w-])(?:(?i:digest):|(?i:addauth)[ \t]{1,4}(?i:digest)[ \t]{1,4})(?!(?i:sha|md5|blake|crc|xxh|murmur))(?<credential>[\w.@-]{1,64}:(?<password>[^\s:'""<>]{1,128}))(?![^\s'""<>])", RegexOptions.CultureInvariant)]
    internal static partial Regex DigestCredentialPattern();

    // scheme:user:password:permissions, the permissions ZooKeeper's letters (create, delete, read, write, admin).
    [GeneratedRegex(@"(?<![\w-])(?i:digest|auth):[\w.@-]{1,64}:(?<password>[^\s:,'""<>]{1,128}):[cdrwaCDRWA]{1,5}(?![^\s,'""<>])", RegexOptions.CultureInvariant)]
    private static partial Regex AclCredentialPattern();

    // AUTH [user] password as a command of its own: at a line's start, after a client prompt ("127.0.0.1:6379> ") or a transcript's "C: ".
    // put or set, a key (a path or a name, no flag), then its value: not a flag, a file (@file) or a variable ($X).
    // Redis's SETEX and PSETEX put the expiry between the key and the value.
    // Redis's HSET, HSETNX and HMSET put a hash's key first, then a field and its value.
    [GeneratedRegex(@"(?<![\w-])(?:(?i:put|set|setnx|getset)[ \t]{1,4}(?<key>[\w./][\w./:-]{0,127})|(?i:hset|hsetnx|hmset)[ \t]{1,4}(?<hash>[\w./][\w./:-]{0,127})[ \t]{1,4}(?<key>[\w./][\w./:-]{0,127})|(?i:p?setex)[ \t]{1,4}(?<key>[\w./][\w./:-]{0,127})[ \t]{1,4}[0-9]{1,12})[ \t]{1,4}(?<q>['""]?)(?<value>[^\s'""@$-][^\s'""]{0,255})\k<q>(?=\s|$)", RegexOptions.CultureInvariant)]
    internal static partial Regex StoreWritePattern();

    [GeneratedRegex(@"(?m)(?:^|>[ \t]|^C:[ \t])[ \t]{0,3}(?i:auth)[ \t]{1,3}(?:(?<first>[^\s""']{1,64})[ \t]{1,3})?(?<q>[""']?)(?<value>[^\s""']{1,256})\k<q>[ \t]*\r?$", RegexOptions.CultureInvariant)]
    internal static partial Regex AuthCommandPattern();

    [GeneratedRegex(@"(?:(?<=\\[rn])|(?<![\w-]))(?i:auth)(?:\\r\\n|\r?\n)\$[0-9]{1,3}(?:\\r\\n|\r?\n)(?:[^\s\\""$]{1,64}(?:\\r\\n|\r?\n)\$[0-9]{1,3}(?:\\r\\n|\r?\n))?(?<value>[^\s\\""]{1,512})", RegexOptions.CultureInvariant)]
    internal static partial Regex RespAuthPattern();

    // IMAP: a tag holding a digit, LOGIN, the user (quoted or not), the password (quoted or not), the end of the line.
    [GeneratedRegex(@"(?m)^(?:C:[ \t])?[ \t]{0,3}[A-Za-z]{0,6}\d{1,8}[ \t]{1,3}(?i:login)[ \t]{1,3}(?:""[^""\r\n]{1,128}""|[^\s""]{1,128})[ \t]{1,3}(?<q>""?)(?<value>[^\s""]{1,256})\k<q>[ \t]*\r?$", RegexOptions.CultureInvariant)]
    internal static partial Regex ImapLoginPattern();

    [GeneratedRegex(@"(?<![\w-])(?i:net)[ \t]{1,3}(?i:use)(?:[ \t]{1,3}[A-Za-z]:)?[ \t]{1,3}\\\\[^\s]{1,256}(?<rest>[^\r\n]{0,512})", RegexOptions.CultureInvariant)]
    private static partial Regex NetUsePattern();

    [GeneratedRegex(@"[ \t]{1,8}(?<q>""?)(?<value>[^\s""]{1,256})\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentPattern();

    [GeneratedRegex(@"(?<![\w/-])/(?i:rp|p)[ \t]{1,3}(?<q>""?)(?<value>[^\s""/*][^\s""]{0,255})\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex WindowsPasswordSwitchPattern();

    // ConvertTo-SecureString [-String] 'literal' … -AsPlainText, on one line; a "$variable" is a reference, left by the value check.
    [GeneratedRegex(@"(?i:convertto-securestring)[ \t]{1,3}(?:-(?i:string)[ \t]{1,3})?(?<q>['""])(?<value>[^'""\r\n]{1,256})\k<q>(?=[^\r\n]{0,200}-(?i:asplaintext))", RegexOptions.CultureInvariant)]
    private static partial Regex SecureStringPattern();

    [GeneratedRegex(@"(?i:oracle:thin):(?:@)?[A-Za-z_][\w$#]{0,29}/(?<value>[^\s@/'""]{1,128})@", RegexOptions.CultureInvariant)]
    private static partial Regex OracleThinPattern();

    // A .pgpass line: hostname:port:database:username:password, the port a number or "*", a whole line without blanks.
    [GeneratedRegex(@"(?m)^[ \t]{0,8}[A-Za-z0-9*][^:\s#]{0,252}:(?:\d{1,5}|\*):[^:\s]{1,128}:[^:\s]{1,128}:(?<value>(?:[^:\s\\]|\\.){1,256})[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex PgpassLinePattern();

    // "use X as the admin pw", "set X as the new password": the value before the word that names it, which ends the clause
    // ("use vault-prod as the password store" names a store).
    [GeneratedRegex(@"(?<![\w-])(?i:use|set|try)[ \t]{1,3}[`'""]?(?<value>[^\s`'""]{6,128})[`'""]?[ \t]{1,3}(?i:as)[ \t]{1,3}(?:(?i:the|a|an|our|your|my|its)[ \t]{1,3})?(?:[\w-]{1,24}[ \t]{1,3}){0,3}(?i:password|passwd|passphrase|pw|pass|token|secret)(?=[ \t]{0,3}(?:$|[.,;:!?)\r\n])|[ \t]{1,3}(?i:for|on|in|to|of|now|until|when|while|and|but|if|since)(?![\w-]))", RegexOptions.CultureInvariant)]
    internal static partial Regex ValueBeforeNamePattern();

    // "creds for the bastion: user ops / X", "login: user deploy / X": a user and password pair after a word for credentials.
    [GeneratedRegex(@"(?<![\w-])(?i:creds?|credentials|login)(?![\w-])[^\r\n]{0,60}?(?<![\w-])(?i:user(?:name)?)[ \t:]{1,3}[^\s/]{1,64}[ \t]{0,3}/[ \t]{0,3}[`'""]?(?<value>[^\s`'""]{6,128})", RegexOptions.CultureInvariant)]
    internal static partial Regex UserSlashPasswordPattern();

    // A command after a shell or PowerShell prompt, then one word alone on the next line.
    [GeneratedRegex(@"(?m)^[ \t]{0,8}(?:\$|PS[^>\r\n]{0,64}>|>)[ \t]{1,3}(?<command>[^\r\n]{1,400})\r?\n[ \t]{0,8}(?<value>[^\s]{8,256})[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex PromptOutputPattern();
}
