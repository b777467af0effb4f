using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets written into key-value stores and directories, as their clients and transcripts show them: <c>redis-cli SET
/// apikey VALUE</c> (a key of one word, which the generic store reading leaves to prose), <c>redis-cli MONITOR</c> lines
/// (<c>1700000000.123456 [0 127.0.0.1:6379] "SET" "user:1:password" "VALUE"</c>, <c>"AUTH" "VALUE"</c>, <c>"CONFIG" "SET"
/// "requirepass" "VALUE"</c>), ACL rules (<c>ACL SETUSER bob on &gt;VALUE ~* +@all</c>, an ACL file's <c>user bob on #SHA256 …</c>),
/// a Memcached <c>set</c> whose key names a secret (the value is the next line), and <c>ldappasswd -s NEW -a OLD</c>.</summary>
internal sealed partial class StoreCommandSecretRecognizer : PiiRecognizer
{
    private static readonly SearchValues<string> MonitorAnchor = SearchValues.Create(["] \""], StringComparison.Ordinal);
    private static readonly SearchValues<string> RedisCommandAnchor = SearchValues.Create(["redis-cli", "> "], StringComparison.Ordinal);
    private static readonly SearchValues<string> AclAnchor = SearchValues.Create(["setuser", "user "], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> LdapPasswdAnchor = SearchValues.Create(["ldappasswd"], StringComparison.Ordinal);
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains("] \"", StringComparison.Ordinal))
        {
            foreach (var match in Anchors.InLinesWith(text, MonitorAnchor, MonitorLinePattern()))
            {
                Command(text, QuotedArguments(match.Groups["args"]), found);
            }
        }

        if (text.Contains("redis-cli", StringComparison.Ordinal) || text.Contains("> ", StringComparison.Ordinal))
        {
            foreach (var match in Anchors.InLinesWith(text, RedisCommandAnchor, RedisCommandPattern()))
            {
                var args = match.Groups["args"];
                List<(int Start, int Length)> arguments = [new(match.Groups["command"].Index, match.Groups["command"].Length)];
                arguments.AddRange(Words(text, args.Index, args.Index + args.Length));
                Command(text, arguments, found);
            }
        }

        if (Keyword.In(text, "setuser") || Keyword.In(text, "user "))
        {
            foreach (var match in Anchors.InLinesWith(text, AclAnchor, AclRulesPattern()))
            {
                var rules = match.Groups["rules"];
                var words = Words(text, rules.Index, rules.Index + rules.Length);
                if (match.Groups["setuser"].Success || words.Exists(word => IsAclSwitch(text.AsSpan(word.Start, word.Length))))
                {
                    AclRules(text, words, found);
                }
            }
        }

        // Memcached's storage commands: set KEY FLAGS EXPTIME BYTES [noreply], the data block on the next line. Data is whatever
        // the application stores, so only a key that names a secret (session:42:token, user:7:password) makes it one.
        if (text.Contains('\n'))
        {
            foreach (Match match in MemcachedStorePattern().Matches(text))
            {
                ConsiderUnderKey(text, match.Groups["key"], match.Groups["value"].Index, match.Groups["value"].Length, found);
            }
        }

        // ldappasswd -s NEWPASSWD and -a OLDPASSWD (-S and -A prompt for them); its -w, the bind password, is read with the other tools' flags.
        if (text.Contains("ldappasswd", StringComparison.Ordinal))
        {
            foreach (var match in Anchors.InLinesWith(text, LdapPasswdAnchor, LdapPasswdPattern()))
            {
                var rest = match.Groups["rest"];
                for (var flag = LdapPasswordFlag().Match(text, rest.Index, rest.Length); flag.Success; flag = flag.NextMatch())
                {
                    SecretValues.Consider("password", flag.Groups["value"].Index, flag.Groups["value"].ValueSpan, found, text);
                }
            }
        }
    }

    /// <summary>A Redis command, its name first: the values its grammar makes secrets.</summary>
    private static void Command(string text, List<(int Start, int Length)> arguments, Findings found)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        var name = text.AsSpan(arguments[0].Start, arguments[0].Length);
        if (name.Equals("auth", StringComparison.OrdinalIgnoreCase) && arguments.Count is 2 or 3)
        {
            // AUTH password, AUTH user password: the last argument.
            Password(text, arguments[^1], found);
        }
        else if (name.Equals("hello", StringComparison.OrdinalIgnoreCase))
        {
            // HELLO 3 AUTH user password.
            for (var i = 1; i + 2 < arguments.Count; i++)
            {
                if (text.AsSpan(arguments[i].Start, arguments[i].Length).Equals("auth", StringComparison.OrdinalIgnoreCase))
                {
                    Password(text, arguments[i + 2], found);
                }
            }
        }
        else if (name.Equals("config", StringComparison.OrdinalIgnoreCase) && text.AsSpan(arguments[1].Start, arguments[1].Length).Equals("set", StringComparison.OrdinalIgnoreCase))
        {
            // CONFIG SET parameter value [parameter value …]: requirepass, masterauth and the TLS key files' passphrases.
            for (var i = 2; i + 1 < arguments.Count; i += 2)
            {
                if (IsPasswordParameter(text.AsSpan(arguments[i].Start, arguments[i].Length)))
                {
                    Password(text, arguments[i + 1], found);
                }
            }
        }
        else if (name.Equals("acl", StringComparison.OrdinalIgnoreCase) && arguments.Count > 3
            && text.AsSpan(arguments[1].Start, arguments[1].Length).Equals("setuser", StringComparison.OrdinalIgnoreCase))
        {
            AclRules(text, arguments[3..], found);
        }
        else if (ValueOffset(name) is var (first, step, valueAt) && first > 0)
        {
            // SET key value, SETEX key seconds value, MSET key value key value …, HSET hash field value field value ….
            for (var i = first; i + valueAt < arguments.Count; i += step)
            {
                var key = arguments[i];
                var value = arguments[i + valueAt];
                ConsiderUnderKey(text, key, value.Start, value.Length, found);
                if (step == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Where a write command's keys start, how far apart its pairs are (0: one pair) and where a key's value is after it.</summary>
    private static (int First, int Step, int ValueAt) ValueOffset(ReadOnlySpan<char> name) => name switch
    {
        _ when name.Equals("set", StringComparison.OrdinalIgnoreCase) || name.Equals("setnx", StringComparison.OrdinalIgnoreCase)
            || name.Equals("getset", StringComparison.OrdinalIgnoreCase) => (1, 0, 1),
        _ when name.Equals("setex", StringComparison.OrdinalIgnoreCase) || name.Equals("psetex", StringComparison.OrdinalIgnoreCase) => (1, 0, 2),
        _ when name.Equals("mset", StringComparison.OrdinalIgnoreCase) || name.Equals("msetnx", StringComparison.OrdinalIgnoreCase) => (1, 2, 1),
        _ when name.Equals("hset", StringComparison.OrdinalIgnoreCase) || name.Equals("hmset", StringComparison.OrdinalIgnoreCase)
            || name.Equals("hsetnx", StringComparison.OrdinalIgnoreCase) => (2, 2, 1),
        _ => (0, 0, 0),
    };

    private static bool IsPasswordParameter(ReadOnlySpan<char> parameter) =>
        parameter.Equals("requirepass", StringComparison.OrdinalIgnoreCase) || parameter.Equals("masterauth", StringComparison.OrdinalIgnoreCase)
        || parameter.EndsWith("-pass", StringComparison.OrdinalIgnoreCase);

    /// <summary>ACL rules: <c>&gt;password</c> adds a password and <c>&lt;password</c> removes one, both in clear; <c>#hash</c> and
    /// <c>!hash</c> give its SHA-256, which is unsalted: a dictionary finds a chosen password from it as from a crypt hash, so it is
    /// hidden as one. Every other rule (<c>on</c>, <c>nopass</c>, <c>~*</c>, <c>+@all</c>) is evidence.</summary>
    private static void AclRules(string text, List<(int Start, int Length)> rules, Findings found)
    {
        foreach (var rule in rules)
        {
            var word = text.AsSpan(rule.Start, rule.Length);
            if (word.Length > 1 && word[0] is '>' or '<')
            {
                SecretValues.Consider("password", rule.Start + 1, word[1..], found);
            }
            else if (word.Length == 65 && word[0] is '#' or '!' && !word[1..].ContainsAnyExcept(HexDigits))
            {
                found.Add(PiiType.GenericSecret, rule.Start + 1, rule.Start + 65, 0.85);
            }
        }
    }

    /// <summary>An ACL file's rule that only a user's rules hold, telling <c>user bob on &gt;X ~* +@all</c> from prose after "user".</summary>
    private static bool IsAclSwitch(ReadOnlySpan<char> word) =>
        word is "on" or "off" or "nopass" or "resetpass" or "resetkeys" or "resetchannels" or "allkeys" or "allcommands" or "allchannels" or "reset"
        || word.Length > 1 && (word[0] == '~' || word[0] == '&' || word.StartsWith("+@") || word.StartsWith("-@") || word.StartsWith("%R~") || word.StartsWith("%W~") || word.StartsWith("%RW~"));

    /// <summary>A value stored under a key: a secret when one part of the key names one (<c>user:1:password</c>, <c>apikey</c>),
    /// judged under that part's name; a plain word under a token's or a session's key is its state, a password may be one word.</summary>
    private static void ConsiderUnderKey(string text, (int Start, int Length) key, int valueStart, int valueLength, Findings found)
    {
        var value = text.AsSpan(valueStart, valueLength);
        if (value.Length == 0)
        {
            return;
        }

        foreach (var range in text.AsSpan(key.Start, key.Length).SplitAny("/:"))
        {
            var part = text.AsSpan(key.Start, key.Length)[range];
            if (ContextSecretRecognizer.NamesSecret(part))
            {
                if (!SecretValues.IsPlainWord(value) || part.Contains("pass", StringComparison.OrdinalIgnoreCase) || part.Contains("pw", StringComparison.OrdinalIgnoreCase))
                {
                    SecretValues.Consider(part, valueStart, value, found, text);
                }

                return;
            }
        }
    }

    private static void ConsiderUnderKey(string text, Group key, int valueStart, int valueLength, Findings found) =>
        ConsiderUnderKey(text, (key.Index, key.Length), valueStart, valueLength, found);

    private static void Password(string text, (int Start, int Length) value, Findings found) =>
        SecretValues.Consider("password", value.Start, text.AsSpan(value.Start, value.Length), found, text);

    /// <summary>The contents of a MONITOR line's quoted arguments, escapes kept as printed.</summary>
    private static List<(int Start, int Length)> QuotedArguments(Group args)
    {
        List<(int Start, int Length)> arguments = [];
        foreach (Capture capture in args.Captures)
        {
            arguments.Add((capture.Index, capture.Length));
        }

        return arguments;
    }

    /// <summary>The words of a command line between <paramref name="start"/> and <paramref name="end"/>, split at blanks; a quoted
    /// word is its contents (redis-cli and shells quote a value holding blanks).</summary>
    private static List<(int Start, int Length)> Words(string text, int start, int end)
    {
        List<(int Start, int Length)> words = [];
        var i = start;
        while (i < end)
        {
            if (text[i] is ' ' or '\t' or '\r')
            {
                i++;
                continue;
            }

            if (text[i] is '"' or '\'' && text.AsSpan(i + 1, end - i - 1).IndexOf(text[i]) is var close and >= 0)
            {
                words.Add((i + 1, close));
                i += close + 2;
                continue;
            }

            var length = text.AsSpan(i, end - i).IndexOfAny(' ', '\t', '\r') is var blank and >= 0 ? blank : end - i;
            // A rule quoted after its sign (>"two words") keeps the sign and the quoted words.
            words.Add((i, length));
            i += length;
        }

        return words;
    }

    // MONITOR: the Unix time with microseconds, [db client], then each argument quoted, inner quotes and bytes escaped.
    [GeneratedRegex(@"(?m)^[ \t]{0,8}\+?[0-9]{9,11}\.[0-9]{1,6}[ \t]{1,3}\[[0-9]{1,5}[ \t]{1,3}[^\]\r\n]{1,128}\](?:[ \t]{1,3}""(?<args>(?:[^""\\\r\n]|\\.){0,1024})""){1,64}", RegexOptions.CultureInvariant)]
    private static partial Regex MonitorLinePattern();

    // A Redis write, password or ACL command typed to redis-cli (its options before it) or at its prompt (host:port[db]> ).
    [GeneratedRegex(@"(?:(?<![\w-])redis-cli(?:[ \t][^\r\n|;&]{0,256}?)?[ \t]|(?<![\w.-])[\w.-]{1,253}:[0-9]{2,5}(?:\[[0-9]{1,2}\])?>[ \t]{1,3})(?<command>(?i:set|setnx|getset|setex|psetex|mset|msetnx|hset|hsetnx|hmset|auth|hello|config|acl))[ \t]{1,3}(?<args>[^\r\n|;&]{1,2048})", RegexOptions.CultureInvariant)]
    private static partial Regex RedisCommandPattern();

    // ACL SETUSER name rules… anywhere on a line (redis-cli, a client's log), or an ACL file's or redis.conf's "user name rules…".
    [GeneratedRegex(@"(?:(?<setuser>(?<![\w-])(?i:acl)[ \t]{1,3}(?i:setuser))|(?m:^)[ \t]{0,8}user)[ \t]{1,3}['""]?[^\s'""]{1,128}['""]?(?<rules>[ \t][^\r\n|;&]{1,2048})", RegexOptions.CultureInvariant)]
    private static partial Regex AclRulesPattern();

    // set|add|replace|append|prepend|cas KEY FLAGS EXPTIME BYTES [CAS] [noreply], then the data block alone on the next line.
    [GeneratedRegex(@"(?m)^[ \t]{0,8}(?:>[ \t]{0,3})?(?:set|add|replace|append|prepend|cas)[ \t](?<key>[^\s]{1,250})[ \t][0-9]{1,10}[ \t][0-9]{1,10}[ \t](?<bytes>[0-9]{1,7})(?:[ \t][0-9]{1,20})?(?:[ \t]noreply)?[ \t]*\r?\n(?<value>[^\s]{1,1024})[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex MemcachedStorePattern();

    [GeneratedRegex(@"(?<![\w-])ldappasswd(?<rest>[ \t][^\r\n|;&]{1,2048})", RegexOptions.CultureInvariant)]
    private static partial Regex LdapPasswdPattern();

    [GeneratedRegex(@"(?<![\w-])-[as][ \t]{1,3}['""]?(?<value>[^\s'""-][^\s'""]{0,255})", RegexOptions.CultureInvariant)]
    private static partial Regex LdapPasswordFlag();

}
