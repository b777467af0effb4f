using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secret values named by their key: <c>password=</c>, <c>client_secret: "…"</c> (also in JSON escaped once or more),
/// <c>&lt;password&gt;…&lt;/password&gt;</c>, <c>&lt;add key="ApiSecret" value="…"/&gt;</c>, <c>{"name":"DB_PASSWORD","value":"…"}</c>, and
/// in sentences ("our db password is …", "pw: …", "use token …"). <see cref="SecretValues"/> decides whether a value is one.</summary>
internal sealed partial class NamedSecretRecognizer : PiiRecognizer
{
    private static readonly SearchValues<string> SecretWords = SearchValues.Create(
        ["pass", "pw", "secret", "key", "token", "credential", "session", "masterauth", "requirepass", "cookie", "macaroon"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] SecretKeyNames = ["apikey", "appkey", "accesskey", "authkey", "signingkey", "privatekey", "masterkey", "encryptionkey", "secretkey", "clientkey", "licensekey",
        "hmackey", "adminkey", "sharedkey", "deskey", "aeskey", "cryptkey", "cipherkey", "subscriptionkey", "jwtkey", "serverkey", "writekey", "insertkey", "accountkey", "storagekey", "webhookkey", "cookiekey",
        // Azure's keys listed by their place (Service Bus and Event Hubs SharedAccessKey, Cosmos DB masterKey, listKeys' primaryKey).
        "sharedaccesskey", "primarykey", "secondarykey", "primarymasterkey", "secondarymasterkey", "primaryreadonlymasterkey", "secondaryreadonlymasterkey"];

    private static readonly SearchValues<string> CredentialWords = SearchValues.Create(["pass", "pwd", "secret", "key", "token", "credential", "auth"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> KeyCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> VariableName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly SearchValues<char> CommandWord = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_.-");
    private static readonly SearchValues<char> RunEnds = SearchValues.Create(" \t\r\n\"'<>`");
    private static readonly SearchValues<char> TokenAlphabet = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Recognize(string text, Findings found)
    {
        // Find the secret word first (a fast multi-string search), then widen it to the whole key and read what follows.
        var lastKeyEnd = -1;
        var sealedMappings = text.Contains("encryptedData:", StringComparison.Ordinal);
        foreach (var word in Anchors.Matches(text, SecretWords, SecretWordPattern()))
        {
            // SessionToken holds two secret words: its key was read at the first one.
            if (word.Index < lastKeyEnd)
            {
                continue;
            }

            var keyStart = word.Index;
            while (keyStart > 0 && word.Index - keyStart < 40 && IsKeyChar(text[keyStart - 1]))
            {
                keyStart--;
            }

            var keyEnd = word.Index + word.Length;
            while (keyEnd < text.Length && keyEnd - word.Index < 48 && IsKeyChar(text[keyEnd]))
            {
                keyEnd++;
            }

            // "key" alone is too common (idempotency_key, flag_key): only the kinds of key that are secrets count, also as two words
            // ("signing key for X: V", "API key: V"); an alerting integration key only with its 32 hex digits.
            var isKey = word.ValueSpan.Equals("key", StringComparison.OrdinalIgnoreCase);
            if (isKey && !IsSecretKeyName(text.AsSpan(keyStart, word.Index + 3 - keyStart)) && !IsSecretKeyPhrase(text, keyStart, word.Index))
            {
                if (IsNamed(text.AsSpan(keyStart, keyEnd - keyStart), HexKeyNames) && SeparatorValuePattern().Match(text, keyEnd) is { Success: true } hex
                    && hex.Groups["value"].ValueSpan.TrimEnd(",;") is { Length: 32 } digits && !digits.ContainsAnyExcept(LowerHex))
                {
                    found.Add(PiiType.GenericSecret, hex.Groups["value"].Index, hex.Groups["value"].Index + 32, 0.85);
                }

                continue;
            }

            // "Cookie:" and "Set-Cookie:" are headers of many cookies (read by the credential reader); erlang_cookie, cookie_secret hold one.
            if (word.ValueSpan.Equals("cookie", StringComparison.OrdinalIgnoreCase) && CookieHeaders.Contains(text.Substring(keyStart, keyEnd - keyStart)))
            {
                continue;
            }

            lastKeyEnd = keyEnd;
            if (sealedMappings && SecretValues.UnderEncryptedMapping(text, keyStart) && SecretValues.SealedValueAfter(text, keyEnd))
            {
                continue;
            }

            // ${DB_PASSWORD:?…} and $DB_PASSWORD name a variable; what follows is shell syntax, not its value, unless a quoted literal
            // is assigned to it (PHP, Perl, PowerShell: $wgDBpassword = "…", which no shell can write). A secret word inside an ARN
            // (arn:aws:secretsmanager:…:secret:prod/db-AbCdEf) names a resource's service and type, not a key.
            if (InArn(text, keyStart) || TextContext.CharBefore(text, keyStart) == '$' && (!AssignsLiteral(text, keyEnd) || IsSessionOnly(text.AsSpan(keyStart, keyEnd - keyStart)))
                || TextContext.CharBefore(text, keyStart) == '{' && TextContext.CharBefore(text, keyStart - 1) == '$')
            {
                continue;
            }

            var key = text.AsSpan(keyStart, keyEnd - keyStart);
            if (BlockScalarPattern().Match(text, keyEnd) is { Success: true } block)
            {
                // "password: |", "signing_key: !!binary |": the value is the block's body on the lines below.
                ConsiderBlock(key, text, block.Index + block.Length, IndentOf(text, keyStart), found);
                lastKeyEnd = block.Index + block.Length;
            }
            else if (SeparatorValuePattern().Match(text, keyEnd) is { Success: true } value)
            {
                var v = value.Groups["value"];
                if (!IsSessionOnly(key) && ReadSpaced(text, keyStart, key, v, found) is var spaced and >= 0)
                {
                    lastKeyEnd = spaced;
                    continue;
                }

                // A value read on past ";" (Sup3r;Secret99) that starts with an expansion ends a shell command there ($DB_PASS;psql):
                // cut at it, and let the whole-value reading decide as for any value cut at ";".
                var cut = v.ValueSpan[0] == '$' && v.ValueSpan.IndexOf(';') is var semicolon and > 0 ? semicolon : CommandAfterAssignment(text, key, v);
                var length = WholeValueLength(text, v.Index, cut);
                // A value cut short by a template's angle bracket (sk_live_<your-key-here>) is the prefix of a placeholder.
                if ((!IsSessionOnly(key) || IsSessionCredential(text, keyStart, keyEnd, v)) && !IsProseAfterColon(text, value) && !IsStoreKeyPath(text, keyStart, keyEnd, v)
                    && TextContext.CharAt(text, v.Index + length) != '<')
                {
                    // A value its quotes close holds its own closers ("password": "Xy9}"); a bare one shares them with its frame.
                    if (length == v.Length && IsQuotedWhole(text, v.Index, length))
                    {
                        SecretValues.ConsiderDelimited(key, v.Index, text.AsSpan(v.Index, length), found);
                    }
                    else
                    {
                        SecretValues.Consider(key, v.Index, text.AsSpan(v.Index, length), found, text);
                    }
                }

                // Secret words inside the value are part of it, not keys of their own: each character is read once.
                lastKeyEnd = v.Index + length;
            }
            else if (NamesPasswordWord(word.ValueSpan) && QuotedPattern().Match(text, keyEnd) is { Success: true } quoted)
            {
                // SQL: CREATE USER … WITH PASSWORD 'X', ALTER ROLE … PASSWORD 'X', SET PASSWORD FOR 'u'@'%' = 'X': a quoted literal.
                SecretValues.ConsiderDelimited(key, quoted.Groups["value"].Index, quoted.Groups["value"].ValueSpan, found);
                lastKeyEnd = quoted.Index + quoted.Length;
            }
            else if (ProsePattern().Match(text, keyEnd) is { Success: true } prose && SecretValues.IsStrongValue(prose.Groups["value"].ValueSpan.TrimEnd(".!?)")))
            {
                // "our db password is X", "the new pass for grafana admin is X": only a value no sentence would hold counts.
                SecretValues.Consider(key, prose.Groups["value"].Index, prose.Groups["value"].ValueSpan.TrimEnd(".!?"), found, text);
                lastKeyEnd = prose.Index + prose.Length;
            }
            else if (!IsSessionOnly(key) && !isKey && TextContext.CharBefore(text, keyStart) != '/' && BarePattern().Match(text, keyEnd) is { Success: true } bare
                && (SecretValues.IsMixedValue(bare.Groups["value"].ValueSpan) || NamesPasswordWord(word.ValueSpan) && IsNetrc(text, keyStart)) && !IsAssignment(bare.Groups["value"].ValueSpan))
            {
                // "password s3cr3t-99" (.netrc, chat), "use token ab12…": nothing between key and value, so the value must be chosen,
                // unless the text is a .netrc, whose grammar says what follows "password" is one;
                // a key that is a path segment (POST /oauth/token HTTP/1.1) names an endpoint, and what follows is not its value.
                SecretValues.Consider(key, bare.Groups["value"].Index, bare.Groups["value"].ValueSpan, found, text);
                lastKeyEnd = bare.Index + bare.Length;
            }
            else if (!IsSessionOnly(key) && !isKey && StartsLine(text, keyStart) && TableValuePattern().Match(text, keyEnd) is { Success: true } cell)
            {
                // A two-column table (vault kv get, a describe listing): the key opens its line and the value, after aligning blanks,
                // closes it.
                SecretValues.Consider(key, cell.Groups["value"].Index, cell.Groups["value"].ValueSpan, found, text);
                lastKeyEnd = cell.Index + cell.Length;
            }
        }

        if (Keyword.In(text, "auth"))
        {
            FindAuthBlobs(text, found);
        }

        if (text.AsSpan().IndexOfAny(ClientVariableEnds) >= 0)
        {
            FindClientVariables(text, found);
        }

        if (Keyword.In(text, "sig"))
        {
            FindSignatures(text, found);
        }

        if (text.AsSpan().IndexOfAny(DeviceWords) >= 0)
        {
            FindDeviceSecrets(text, found);
        }

        if (text.Contains('(') && text.AsSpan().IndexOfAny(DefineAnchors) >= 0)
        {
            FindDefinedSecrets(text, found);
        }

        // Keyword.In, not Contains(…, OrdinalIgnoreCase): with invariant globalization the latter reads a block a character at a time.
        if (Keyword.In(text, "keyname"))
        {
            FindListedKeys(text, found);
        }

        if (text.Contains('<'))
        {
            ConsiderAll(XmlElementPattern(), text, found);
            if (text.Contains("=\"", StringComparison.Ordinal))
            {
                ConsiderNamed(XmlNamedElementPattern(), text, found);
            }
        }

        if (text.AsSpan().IndexOfAny(ValueFieldWords) >= 0)
        {
            FindRecordPairs(text, found);
        }

        if (text.Contains("<<", StringComparison.Ordinal))
        {
            FindHeredocs(text, found);
        }

        if (text.Contains(','))
        {
            ConsiderNamed(ArgumentPairPattern(), text, found);
        }

        // Secrets named by a directive rather than a key: SQL's IDENTIFIED BY 'X', HAProxy's "stats auth user:X" and
        // "insecure-password X", and headers set by proxy configuration (proxy_set_header X-Api-Key X;).
        if (Keyword.In(text, "identified") || text.Contains("stats auth", StringComparison.Ordinal) || text.Contains("insecure-password", StringComparison.Ordinal))
        {
            foreach (Match match in DirectivePasswordPattern().Matches(text))
            {
                SecretValues.Consider("password", match.Groups["value"].Index, match.Groups["value"].ValueSpan, found, text);
            }
        }

        if (Keyword.In(text, "header"))
        {
            foreach (var match in Anchors.Matches(text, HeaderDirectiveAnchors, HeaderDirectivePattern()))
            {
                var name = match.Groups["key"].ValueSpan;
                // X-Api-Key, X-Auth-Token, X-Client-Secret; not X-Cache-Key or Authorization's scheme word (read by the credential reader).
                if (name.IndexOfAny(CredentialWords) >= 0 && (!name.EndsWith("key", StringComparison.OrdinalIgnoreCase) || IsSecretKeyName(name)))
                {
                    SecretValues.Consider(name, match.Groups["value"].Index, match.Groups["value"].ValueSpan, found, text);
                }
            }
        }
    }

    /// <summary>The length of a bare value cut at ";" or "," that is a reference or an envelope by itself (<c>$ANSIBLE_VAULT</c>,
    /// <c>ENC[AES256_GCM</c>): read on to the end of its run, since only a value that is wholly a reference or an envelope is safe to
    /// show (<c>$ANSIBLE_VAULT;Summer2024!</c>, <c>ENC[AES256_GCM,data:…,type:str]RealPass</c> hold a password after one) — unless the
    /// run goes on with fields of its own (<c>$DB_PASS;Host=db</c>), which the value ends.</summary>
    private static int WholeValueLength(string text, int start, int length)
    {
        var end = start + length;
        if (end >= text.Length || text[end] is not (';' or ',') || text[start - 1] is '"' or '\''
            || !(SecretValues.IsReference(text.AsSpan(start, length)) || SecretValues.IsEnvelopedCiphertext(text.AsSpan(start, length))))
        {
            return length;
        }

        // In a shell ";" ends the command ($DB_PASS;psql -h db1): only the Ansible vault header holds ";" in its own syntax.
        if (text[end] == ';' && text[start] == '$' && !text.AsSpan(start, length).Equals("$ANSIBLE_VAULT", StringComparison.OrdinalIgnoreCase))
        {
            return length;
        }

        var rest = text.AsSpan(end, Math.Min(text.Length - end, 1024));
        var runEnd = rest.IndexOfAny(RunEnds);
        var run = runEnd < 0 ? rest : rest[..runEnd];
        foreach (var range in run.SplitAny(";,"))
        {
            // A field (Host=db, or user: with its value after a blank) has a value after its "="; base64's padding (…Aw==, …Aw=]) has none.
            var segment = run[range];
            var equals = segment.IndexOf('=');
            if (equals > 0 && equals + 1 < segment.Length && segment[equals + 1] is not ('=' or ']' or ')' or '}')
                && !segment[..equals].ContainsAnyExcept(KeyCharacters) || segment.Length > 1 && segment[^1] == ':')
            {
                return length;
            }
        }

        return length + run.Length;
    }

    /// <summary>The length of an environment variable's value (<c>PGPASSWORD=X;psql -h db</c>, <c>TOKEN=X&amp;&amp;curl …</c>) up to the
    /// shell's command separator when a command follows it: a lower-case command word, then a blank and its arguments. A variable's
    /// name is capitals, digits and underscores; a property's (<c>spring.datasource.password=Sup3r;Secret99</c>) or a lower-case key's
    /// (<c>password=Ab1;cd2ef</c>) value is not a shell's, and a value whose tail ends the line (<c>DB_PASS=Ab1;cd2ef</c>) keeps it.</summary>
    private static int CommandAfterAssignment(string text, ReadOnlySpan<char> key, Group value)
    {
        var v = value.ValueSpan;
        if (key.ContainsAnyExcept(VariableName) || !key.ContainsAnyInRange('A', 'Z') || value.Index < 1 || text[value.Index - 1] != '=')
        {
            return v.Length;
        }

        // Only the last separator can open a command word that runs to the value's end.
        var at = v.LastIndexOfAny(';', '&');
        var separator = at > 0 && v[at] == '&' && v[at - 1] == '&' ? at - 1 : at;
        if (separator < 1 || v[at] == '&' && separator == at || at + 1 >= v.Length || !char.IsAsciiLetterLower(v[at + 1])
            || v[(at + 1)..].ContainsAnyExcept(CommandWord))
        {
            return v.Length;
        }

        // A blank and an argument follow the command word (not a comment, not the line's end).
        var after = value.Index + v.Length;
        return after + 1 < text.Length && text[after] is ' ' or '\t' && text[after + 1] is not ('#' or '\r' or '\n' or ' ' or '\t') ? separator : v.Length;
    }

    /// <summary>Whether <c>= "…"</c> or <c>= '…'</c> (not <c>==</c>) follows <paramref name="keyEnd"/> after blanks.</summary>
    private static bool AssignsLiteral(string text, int keyEnd)
    {
        var i = keyEnd;
        while (i < text.Length && i - keyEnd < 32 && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i + 1 >= text.Length || text[i] != '=' || text[i + 1] == '=')
        {
            return false;
        }

        i++;
        while (i < text.Length && i - keyEnd < 64 && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] is '"' or '\'';
    }

    /// <summary>Gets whether the value at <paramref name="start"/> sits between a quote and the same quote.</summary>
    private static bool IsQuotedWhole(string text, int start, int length) =>
        start > 0 && text[start - 1] is '"' or '\'' && TextContext.CharAt(text, start + length) == text[start - 1];

    private static bool NamesPasswordWord(ReadOnlySpan<char> word) =>
        word.StartsWith("pass", StringComparison.OrdinalIgnoreCase) || word.StartsWith("pw", StringComparison.OrdinalIgnoreCase);

    private static void ConsiderAll(Regex pattern, string text, Findings found)
    {
        foreach (Match match in pattern.Matches(text))
        {
            SecretValues.ConsiderDelimited(match.Groups["key"].ValueSpan, match.Groups["value"].Index, match.Groups["value"].ValueSpan, found);
        }
    }

    /// <summary>A name given as data — an attribute (<c>key="EncryptionKey"</c>), a sibling member, a quoted argument — with its value
    /// beside it: the one reading of secret names decides, so <c>PageSize</c>, <c>jwt.algorithm</c> and <c>ApiKeyPath</c> keep theirs.</summary>
    private static void ConsiderNamed(Regex pattern, string text, Findings found)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var key = match.Groups["key"].ValueSpan;
            if (ContextSecretRecognizer.NamesSecret(key))
            {
                SecretValues.ConsiderDelimited(key, match.Groups["value"].Index, match.Groups["value"].ValueSpan, found);
            }
        }
    }

    /// <summary>Gets whether a key ends with a secret kind of key (apikey, signingkey, accountkey), ignoring case and separators.</summary>
    internal static bool IsSecretKeyName(ReadOnlySpan<char> key) => IsNamed(key, SecretKeyNames);

    /// <summary>Gets whether "session" is the key's only secret word (sessionid, SessionTracker), not session_token or session_key.</summary>
    private static bool IsSessionOnly(ReadOnlySpan<char> key)
    {
        var at = key.IndexOf("session", StringComparison.OrdinalIgnoreCase);
        return at >= 0 && key[..at].IndexOfAny(CredentialWords) < 0 && key[(at + 7)..].IndexOfAny(CredentialWords) < 0;
    }

    /// <summary>A session names a credential where it is handed over — a cookie, an assignment <c>session=…</c> — or where its value
    /// is a long random token; never when the value is a plain lower-case word ("sessions: reconnected to redis") or a number
    /// (ZooKeeper's <c>sessionid:0x14ed…</c>), and not a class name after a colon (<c>SessionTracker:ZooKeeperServer@325</c>).</summary>
    private static bool IsSessionCredential(string text, int keyStart, int keyEnd, Group value)
    {
        var v = value.ValueSpan;
        if (SecretValues.IsPlainWord(v) || SecretValues.IsHexNumber(v))
        {
            return false;
        }

        return text.AsSpan(keyEnd, value.Index - keyEnd).Contains('=') || TextContext.OnLineBefore(text, keyStart, 200, "cookie")
            || v.Length >= 16 && !v.ContainsAnyExcept(TokenAlphabet) && v.ContainsAnyInRange('0', '9');
    }

    /// <summary>"credentials: retrieving caller identity from STS" is a sentence: a plain word after a colon with more words after it.
    /// A lone word at the end of its line (<c>password: hunter</c>) is a value.</summary>
    private static bool IsProseAfterColon(string text, Match separatorAndValue)
    {
        var value = separatorAndValue.Groups["value"];
        var end = value.Index + value.Length;
        var next = TextContext.CharAt(text, end + 1);
        return SecretValues.IsPlainWord(value.ValueSpan) && text.AsSpan(separatorAndValue.Index, value.Index - separatorAndValue.Index).Contains(':')
            && TextContext.CharAt(text, end) == ' ' && (char.IsAsciiLetter(next) || next == '(' || next == '[');
    }

    /// <summary>A key-value store's key written as a colon path (<c>SET token:lastused 1733565600</c>, <c>GET api_key:prod</c>): the
    /// glued colon joins the key's parts after the command, it does not give the secret word a value. A value glued to a secret word
    /// elsewhere (<c>password:Summer2024!</c>) is still read.</summary>
    private static bool IsStoreKeyPath(string text, int keyStart, int keyEnd, Group value)
    {
        if (value.Index != keyEnd + 1 || TextContext.CharAt(text, keyEnd) != ':')
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, keyStart - 16), keyStart - Math.Max(0, keyStart - 16));
        var trimmed = before.TrimEnd(" \t");
        if (trimmed.Length == before.Length)
        {
            return false;
        }

        var verb = trimmed[(trimmed.LastIndexOfAny(" \t\n>") + 1)..];
        foreach (var command in StoreKeyCommands)
        {
            if (verb.Equals(command, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Redis's commands that take a key first (and consul's and etcd's writes).
    private static readonly string[] StoreKeyCommands = ["set", "setex", "psetex", "setnx", "getset", "get", "getdel", "del", "unlink", "exists", "expire",
        "ttl", "type", "incr", "decr", "hset", "hget", "hgetall", "hdel", "hmset", "lpush", "rpush", "sadd", "zadd", "put"];

    /// <summary>"token status=401": the next word is a key of its own, not the token's value.</summary>
    private static bool IsAssignment(ReadOnlySpan<char> value)
    {
        var separator = value.TrimEnd('=').IndexOfAny('=', ':');
        return separator > 0 && !value[..separator].ContainsAnyExcept(KeyCharacters);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    // "pass" and "pw" only as whole words or key parts (db_pass, PW=, keystorePass), not inside bypass, passed or compass; Redis's
    // requirepass and masterauth name their password too; a macaroon is a bearer credential (LND's, Juju's, a snap store's). A "pw" glued to the end of a key that is assigned (LDAP's bindpw=,
    // slapd's rootpw:) ends no English word; nor does a glued "pass" (Moodle's dbpass, smtppass) but for the few that do (bypass,
    // compass, trespass, surpass, overpass, underpass).
    [GeneratedRegex(@"\G(?:passw(?:or)?d|passphrase|passcode|(?-i:(?<![A-Za-z])[Pp](?i:ass)|(?<=[a-z])Pass|(?<![A-Za-z])PASS)(?![a-z])|pwd|(?<![a-z])pw(?![a-z])|(?<=[a-z]{2})pw(?=[ \t]{0,32}[=:])|(?<=[a-z]{2})(?<!by|com|res|sur|ver|der)pass(?=[ \t]{0,32}[=:])|secret|token|credential|session|key|requirepass|masterauth|cookie|macaroon)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecretWordPattern();

    // After the key: = value, : value, "key": "value", => value, := and ?= (Makefile, Go), a closing index (['password'] = value),
    // a YAML scalar tag (!!binary, !!str; not !secret, which names an entry elsewhere), LDIF's base64 value after "::", also with
    // the quotes escaped once or more (JSON inside a JSON string) or the separator URL-encoded (password%3DV). A quoted value runs to its closing quote; a bare one to white space or a delimiter,
    // where "&" ends it only when a next parameter follows (a=1&b=2), not inside a password (Tr0ub4dor&3), and ";" only when one
    // follows (a=1;b=2, a=1;Max Pool Size=2) or nothing does (a=1; b), not inside a password (Sup3r;Secret99).
    // Aligned columns (kubectl describe's "DB_PASS:          X", Terraform's "password       = X") put up to 32 blanks around it.
    // A quoted value holds escaped quotes of its own ("Autumn\"2023", or \\\" inside an escaped document): more backslashes than
    // its opening quote carries, not beside JSON's punctuation (which opens or closes a nested document's field).
    [GeneratedRegex(@"\G(?:\\{0,7}[""']\]?)?[ \t]{0,32}(?:[:?]=|::?|=|=>|%3[Dd]|%3[Aa](?:%20)?)[ \t]{0,32}(?:!!(?:binary|str)[ \t]{1,3})?(?:(?<q>\\{0,7})[""'](?<value>(?:[^\s""'\\]|\\(?!\\{0,7}[""'])|(?<![{\[:,\s])\k<q>\\{1,8}""(?![\s:,}\]])){1,512})|(?<value>(?:[^\s""'<>;,&`\\]|&(?![\w.%-]{1,64}=)|;(?=[^\s;&'""])(?![\w.%-][\w .%-]{0,63}=)){1,512}))", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorValuePattern();

    // In a sentence: "is X", "was X", "got reset to X", "for <up to five words> is X", "for the staging webhook: X"; the value runs
    // to white space or a quote.
    [GeneratedRegex(@"\G(?:[ \t]{1,3}(?:for|of|on)(?:[ \t]{1,3}[^\s:]{1,64}){1,5}?)?(?:[ \t]{1,3}(?:is|was|is now|will be|(?:(?:got|was|is|been|has been)[ \t]{1,3})?(?:reset|changed|set|rotated|updated)[ \t]{1,3}to|(?:is|was)[ \t]{1,3}still|remains|stays)|:)[ \t]{1,3}[""'`]?(?<value>[^\s""'`<>]{6,128})", RegexOptions.CultureInvariant)]
    private static partial Regex ProsePattern();

    // A quoted literal after a password keyword, optionally "FOR <account> =" between (MySQL's SET PASSWORD).
    [GeneratedRegex(@"\G(?:[ \t]{1,3}(?i:for)[ \t]{1,3}[^\s=]{1,128}[ \t]{0,3}=)?[ \t]{1,3}(?<q>['""])(?<value>[^\s'""]{1,256})\k<q>", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"(?<![\w-])(?:(?i:identified)(?:[ \t]{1,3}(?i:with)[ \t]{1,3}['""]?\w{1,64}['""]?)?[ \t]{1,3}(?i:by|as)[ \t]{1,3}(?:(?i:password)[ \t]{1,3})?['""](?<value>[^\s'""]{1,256})['""]|stats[ \t]{1,3}auth[ \t]{1,3}[^\s:]{1,64}:(?<value>[^\s]{1,256})|insecure-password[ \t]{1,3}(?<value>[^\s]{1,256}))", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePasswordPattern();

    // A header set by a proxy or web server directive: nginx proxy_set_header/add_header, HAProxy http-request set-header, Apache
    // RequestHeader set; the header's name must name a credential.
    private static readonly SearchValues<string> HeaderDirectiveAnchors = SearchValues.Create(["proxy_set_header", "add_header", "more_set_input_headers", "http-request", "http-response", "RequestHeader"], StringComparison.Ordinal);

    [GeneratedRegex(@"\G(?<![\w-])(?:proxy_set_header|add_header|more_set_input_headers|(?:http-request|http-response)[ \t]{1,3}(?:set|add)-header|RequestHeader[ \t]{1,3}(?:set|append))[ \t]{1,3}['""]?(?<key>[\w-]{1,64})(?::?['""]?)[ \t]{1,3}['""]?(?<value>[^\s'"";]{1,512})", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderDirectivePattern();

    // A YAML block scalar's indicator after the key, ending its line: "password: |", "key: >-", "signing_key: !!binary |".
    [GeneratedRegex(@"\G[ \t]{0,8}:[ \t]{0,8}(?:!!(?:binary|str)[ \t]{1,3})?[|>][-+]?[1-9]?[ \t]{0,8}(?=\r?\n)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockScalarPattern();

    // The value straight after the key word: "password s3cr3t", "token ab12…".
    // A word that starts with "-" is a flag (gh secret set NAME -bVALUE), not the value: the flag's reader takes what it holds.
    [GeneratedRegex(@"\G[ \t]{1,3}[""'`]?(?<value>[^\s""'`<>-][^\s""'`<>]{7,255})", RegexOptions.CultureInvariant)]
    private static partial Regex BarePattern();

    [GeneratedRegex(@"<(?<key>[\w.-]{0,40}(?i:password|passwd|secret|token|apikey|api_key)[\w.-]{0,24})>(?:<!\[CDATA\[(?<value>[^\s\]]{1,512})\]\]>|(?<value>[^<\s]{1,512}))</\k<key>>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlElementPattern();


    // An element named by its key or name attribute, its value as text: <property name="jwt.secret">…</property>, <entry key="…">…</entry>.
    [GeneratedRegex(@"<(?<tag>[\w:.-]{1,40})[ \t](?:[^<>""\r\n]{0,64}""[^<>""\r\n]{0,128}""[ \t]{1,4}){0,3}(?i:key|name)=""(?<key>[\w .:/-]{1,64})""(?:[ \t]{1,4}[\w:.-]{1,40}=""[^<>""\r\n]{0,128}""){0,3}[ \t]{0,4}>(?:<!\[CDATA\[(?<value>[^\]\r\n]{1,512})\]\]>|(?<value>[^<\r\n]{1,512}))</\k<tag>>", RegexOptions.CultureInvariant)]
    private static partial Regex XmlNamedElementPattern();


    // A key and its value as two quoted arguments: define('DB_PASSWORD', '…'), os.environ.setdefault("API_TOKEN", "…"), a tuple.
    [GeneratedRegex(@"[(\[][ \t]{0,3}[""'](?<key>[\w.-]{1,64})[""'][ \t]{0,3},[ \t]{0,16}[""'](?<value>[^""'\s]{1,512})[""']", RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentPairPattern();
}
