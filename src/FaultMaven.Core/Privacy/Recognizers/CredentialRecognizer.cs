using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Credentials found by where they sit rather than what they look like: URL userinfo, connection strings,
/// Bearer and Basic authorization, <c>curl -u</c> and AWS secret keys, each checked against placeholders.</summary>
internal sealed partial class CredentialRecognizer : PiiRecognizer
{
    private static readonly HashSet<string> DatabaseSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps", "mssql", "sqlserver",
        "oracle", "clickhouse", "cockroachdb", "couchbase", "cassandra", "neo4j", "neo4j+s", "bolt", "kafka", "nats", "memcached", "db2", "jdbc",
    };

    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<string> BearerAnchors = SearchValues.Create(["bearer", "access_token", "refresh_token"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> ConnectionKeyAnchors = SearchValues.Create(["password", "pwd", "accountkey", "sharedaccess"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] ConnectionStringKeys = ["server=", "host=", "data source=", "user id=", "uid=", "database=", "initial catalog=", "accountname=", "endpoint=", "defaultendpointsprotocol=", "jdbc:", "port="];

    public override void Recognize(string text, Findings found)
    {
        if (text.Contains("://", StringComparison.Ordinal))
        {
            FindUrlUserinfo(text, found);
        }

        FindKeyValueCredentials(text, found);
        FindAuthorization(text, found);

        // Patterns without a literal start scan every position; a vectorised search for their key word first skips most texts.
        if (Keyword.In(text, "secret"))
        {
            FindAwsSecretKeys(text, found);
        }
    }

    private static void FindUrlUserinfo(string text, Findings found)
    {
        for (var separator = text.IndexOf("://", StringComparison.Ordinal); separator >= 0; separator = text.IndexOf("://", separator + 3, StringComparison.Ordinal))
        {
            var schemeStart = separator;
            while (schemeStart > 0 && separator - schemeStart < 24 && (char.IsAsciiLetterOrDigit(text[schemeStart - 1]) || text[schemeStart - 1] is '+' or '.' or '-'))
            {
                schemeStart--;
            }

            var match = UserinfoPattern().Match(text, separator);
            if (schemeStart == separator || !char.IsAsciiLetter(text[schemeStart]) || !match.Success)
            {
                continue;
            }

            // postgresql+psycopg2://, mongodb+srv://: the driver after "+" does not change what the scheme is.
            var scheme = text[schemeStart..separator];
            if (!DatabaseSchemes.Contains(scheme) && scheme.IndexOf('+') is > 0 and var plus)
            {
                scheme = scheme[..plus];
            }

            var user = match.Groups["user"];
            var password = match.Groups["password"];
            // Only a reference, a mask or a template's capitals (USER:PASSWORD@HOST) is no password here: postgres://app:changeme@db
            // is a password someone set.
            if (Checks.SyntacticPlaceholder(password.ValueSpan)
                || !password.ValueSpan.ContainsAnyInRange('a', 'z') && Checks.Placeholder(password.ValueSpan))
            {
                continue;
            }

            var isDatabase = DatabaseSchemes.Contains(scheme) || TextContext.Before(text, schemeStart, 6, "jdbc:");
            var start = user.Length == 0 ? password.Index : user.Index;
            found.Add(isDatabase ? PiiType.ConnectionString : PiiType.UrlCredentials, start, password.Index + password.Length, 0.95);
        }
    }

    private static void FindKeyValueCredentials(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, ConnectionKeyAnchors, ConnectionKeyPattern()))
        {
            var value = match.Groups["value"];
            var key = match.Groups["key"].Value;
            var inConnectionString = key.StartsWith("account", StringComparison.OrdinalIgnoreCase) || key.StartsWith("shared", StringComparison.OrdinalIgnoreCase)
                || TextContext.OnLineBefore(text, match.Index, 200, ConnectionStringKeys);
            // In a connection string, as in a URL's userinfo, only a reference, a mask or a template's capitals is no password:
            // Password=changeme;Encrypt=yes is a password someone set.
            // In ODBC's braces "}}" is an escaped brace, not a template's end: judged without them (PWD={Qz7v}}}}K2mX} holds "}}").
            var braced = match.Groups["braced"].Success;
            var unescaped = braced ? value.Value.Replace("}}", string.Empty, StringComparison.Ordinal) : value.Value;
            var placeholder = inConnectionString
                ? Checks.SyntacticPlaceholder(unescaped) || !value.ValueSpan.ContainsAnyInRange('a', 'z') && Checks.Placeholder(value.ValueSpan)
                : Checks.Placeholder(unescaped);
            // A mask the logging tool put there (Password=[FILTERED]), sops' envelope (password=ENC[AES256_GCM,…]) or a template's slot
            // (password={password}, braces and all) is no password.
            var masked = SecretValues.StartsMaskOrSlot(braced ? text.AsSpan(value.Index - 1, value.Length + 2) : value.ValueSpan)
                || SecretValues.IsEnvelopedCiphertext(value.ValueSpan);
            // ODBC's braces close the field: a value going on after its closing brace (password={Kv8rT2!q}x9) is a bare value that
            // opens with a brace, read whole by the named-secret reader.
            var bracesOpenValue = braced && TextContext.CharAt(text, value.Index + value.Length + 1) is not (';' or ')' or ']' or '}' or '&' or ' ' or '\t' or '\r' or '\n' or '"' or '\'' or ',');
            if (placeholder || masked || bracesOpenValue || value.Length < 4 || value.ValueSpan[0] is '/' or '~' or '.' || SecretValues.IsReference(value.ValueSpan)
                || SecretValues.IsReference(value.ValueSpan.TrimEnd("),;")) || IsKeywordArgument(text, match.Index, value))
            {
                continue;
            }

            // A connection string's value ends at ";"; elsewhere a bracket or comma after it may be the frame's ((password=X), f(password=X, …)).
            var length = inConnectionString ? value.Length : SecretValues.FramedLength(text, value.Index, value.ValueSpan);
            found.Add(inConnectionString ? PiiType.ConnectionString : PiiType.GenericSecret, value.Index, value.Index + length, 0.9);
        }
    }

    /// <summary>Source code's keyword argument passing a variable, as a traceback's source line shows it:
    /// <c>connect(host=host, user=user, password=password)</c>. The value is a lower-case identifier closed by ")" or ",", and the key
    /// opens the call or follows a comma.</summary>
    private static bool IsKeywordArgument(string text, int keyIndex, Group value)
    {
        var v = value.ValueSpan;
        var identifier = v.TrimEnd("),");
        if (identifier.Length == v.Length && TextContext.CharAt(text, value.Index + v.Length) is not (',' or ')'))
        {
            return false;
        }

        if (identifier.IsEmpty || !char.IsAsciiLetterLower(identifier[0]) || identifier.ContainsAnyExcept(LowerIdentifier))
        {
            return false;
        }

        var before = keyIndex - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before >= 0 && text[before] is '(' or ',';
    }

    private static readonly System.Buffers.SearchValues<char> LowerIdentifier = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");

    private static void FindAuthorization(string text, Findings found)
    {
        foreach (var match in Anchors.Matches(text, BearerAnchors, BearerPattern()))
        {
            var token = match.Groups["token"];
            if (!Checks.Placeholder(token.ValueSpan) && Checks.Entropy(token.ValueSpan) >= 3.0 && token.ValueSpan.IndexOfAnyInRange('0', '9') >= 0)
            {
                found.Add(PiiType.BearerToken, token.Index, token.Index + token.Length, 0.9);
            }
        }

        if (Keyword.In(text, "uthorization"))
        {
            // Schemes other than Bearer and Basic: GitHub's "token", Discord's "Bot", Splunk's, Okta's SSWS, API keys.
            foreach (Match match in AuthorizationSchemePattern().Matches(text))
            {
                var token = match.Groups["token"];
                if (!Checks.Placeholder(token.ValueSpan) && Checks.Entropy(token.ValueSpan) >= 3.0)
                {
                    found.Add(PiiType.BearerToken, token.Index, token.Index + token.Length, 0.9);
                }
            }
        }

        if (Keyword.In(text, "cookie"))
        {
            FindCookies(text, found);
        }

        foreach (Match match in Keyword.In(text, "basic") ? BasicPattern().Matches(text) : Enumerable.Empty<Match>())
        {
            var blob = match.Groups["blob"];
            if (Checks.DecodeBase64(blob.ValueSpan) is { } decoded && decoded.Contains(':') && !decoded.Any(char.IsControl))
            {
                found.Add(PiiType.BasicAuth, blob.Index, blob.Index + blob.Length, 0.95);
            }
        }

        var userFlags = text.Contains("-u", StringComparison.Ordinal) || text.Contains("--auth", StringComparison.Ordinal) ? CurlUserPattern().Matches(text) : Enumerable.Empty<Match>();
        // HTTPie's -a USER:PASSWORD (-a is other tools' "all", so only after the http/https command on its line).
        var httpieFlags = text.Contains(" -a ", StringComparison.Ordinal) && text.Contains("http", StringComparison.Ordinal) ? HttpieAuthPattern().Matches(text) : Enumerable.Empty<Match>();
        foreach (Match match in userFlags.Concat(httpieFlags))
        {
            var credentials = match.Groups["credentials"];
            var password = credentials.ValueSpan[(credentials.ValueSpan.IndexOf(':') + 1)..];
            if (!password.IsEmpty && !Checks.Placeholder(password))
            {
                found.Add(PiiType.BasicAuth, credentials.Index, credentials.Index + credentials.Length, 0.9);
            }
        }

    }

    /// <summary>A cookie that carries a random value is a session credential (<c>sid=…</c>, <c>JSESSIONID=…</c>); <c>theme=dark</c> is not.</summary>
    private static void FindCookies(string text, Findings found)
    {
        foreach (Match header in CookieHeaderPattern().Matches(text))
        {
            foreach (Match cookie in CookiePattern().Matches(header.Groups["cookies"].Value))
            {
                var value = cookie.Groups["value"];
                var v = value.ValueSpan;
                // Random, and not a tracking id made of numbers (_ga=GA1.2.476772793.1707250899).
                if (v.Length >= 12 && Checks.Entropy(v) >= 3.0 && v.ContainsAnyInRange('0', '9') && LetterShare(v) >= 0.25 && !Checks.Placeholder(v) && !Checks.Uuid(v))
                {
                    var start = header.Groups["cookies"].Index + value.Index;
                    found.Add(PiiType.GenericSecret, start, start + value.Length, 0.85);
                }
            }
        }
    }

    private static double LetterShare(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        return (double)letters / value.Length;
    }

    private static void FindAwsSecretKeys(string text, Findings found)
    {
        foreach (Match match in AwsSecretPattern().Matches(text))
        {
            var value = match.Groups["value"];
            // AWS secret keys are base64 of mixed case: forty lower-case hex digits are a SHA-1 or a hex key of something else.
            if (Checks.Entropy(value.ValueSpan) >= 3.5 && value.ValueSpan.ContainsAnyExcept(LowerHex))
            {
                found.Add(PiiType.AwsSecretKey, value.Index, value.Index + value.Length, 0.95);
            }
        }
    }

    [GeneratedRegex(@"\G://(?<user>[^\s:/@'""`<>]{0,128}):(?<password>[^\s/@'""`<>]{1,256})@(?=[A-Za-z0-9\[])", RegexOptions.CultureInvariant)]
    private static partial Regex UserinfoPattern();

    // The value ends at ";" or "&" only where a next parameter follows (Pwd=X;Encrypt=yes, ;Max Pool Size=50, ?password=X&user=y) or
    // nothing does: a password may hold either (Tr0ub4dor&3, Ab1;cd2ef), and cutting it there shows the rest. ODBC quotes a value in
    // braces, "}}" a brace inside it (PWD={Autum;n2021}}x}); "{{" and "{%" open a template instead (Password={{ .Values.pw }}).
    [GeneratedRegex(@"\G(?<![\w.-])(?<key>Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature)\s{0,3}=\s{0,3}(?:(?<braced>\{)(?![{%])(?<value>(?:[^}\r\n]|\}\}){1,512})\}|(?<value>(?:[^;'""\s&]|[;&](?=[^\s;&'""])(?![\w.%-][\w .%-]{0,63}=)){1,512}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionKeyPattern();

    [GeneratedRegex(@"\G(?:(?<![\w])[Bb]earer[ :]{1,3}|(?<![\w])(?i:access|refresh)_(?i:token)[""']?(?:[ ]{0,3}[=:][ ]{0,3}[""']?|[ ]))(?<token>[A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])", RegexOptions.CultureInvariant)]
    private static partial Regex BearerPattern();

    [GeneratedRegex(@"(?i:authorization)\\{0,7}[""']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,7}[""']?(?i:token|bot|apikey|api-key|key|splunk|ssws|genieKey|dsn)[ \t]{1,3}(?<token>[A-Za-z0-9._~+/-]{16,4096}={0,2})(?![A-Za-z0-9._~+/=-])", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationSchemePattern();

    [GeneratedRegex(@"(?i:set-cookie|cookie)[ \t]{0,3}:[ \t]{0,3}(?<cookies>[^\r\n]{1,8192})", RegexOptions.CultureInvariant)]
    private static partial Regex CookieHeaderPattern();

    [GeneratedRegex(@"(?:^|;)[ \t]{0,3}(?<name>[^=;\s]{1,128})=""?(?<value>[^;""\s]{1,4096})", RegexOptions.CultureInvariant)]
    private static partial Regex CookiePattern();

    [GeneratedRegex(@"(?<![\w])[Bb][Aa][Ss][Ii][Cc][ ]{1,3}(?<blob>[A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])", RegexOptions.CultureInvariant)]
    private static partial Regex BasicPattern();

    [GeneratedRegex(@"(?<![\w-])(?:https?|httpie)[ \t](?:[^\n]{0,200}?[ \t])?-a[ ]{1,3}['""]?(?<credentials>[^\s:'""-][^\s:'""]{0,127}:[^\s'""]{1,256}?)['""]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HttpieAuthPattern();

    [GeneratedRegex(@"(?<![\w-])(?:-u|--user|--auth)(?:[ ]{1,3}|=)['""]?(?<credentials>[^\s:'""]{1,128}:[^\s'""]{1,256}?)['""]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CurlUserPattern();

    [GeneratedRegex(@"(?i:aws_secret_access_key|secret_?access_?key|aws_secret_key|secret_key|aws_secret)\\{0,7}[""']?(?:[ \t]{0,3}[:=][ \t]{0,3}|[ \t]{1,3})\\{0,7}[""']?(?<value>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", RegexOptions.CultureInvariant)]
    private static partial Regex AwsSecretPattern();
}
