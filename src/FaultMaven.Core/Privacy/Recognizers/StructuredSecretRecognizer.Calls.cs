using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A secret passed by position to a call whose function takes credentials, as a stack trace, a debug log or a quoted line
/// of code shows it: <c>Auth.login("bob", X)</c>, <c>simple_bind_s(dn, X)</c> (not a bare <c>bind</c>: an event's handler is bound so), <c>new NetworkCredential("svc", X)</c>,
/// <c>DriverManager.getConnection(url, "app", X)</c>, <c>pymysql.connect(host, "report", X, db)</c>, <c>req.SetBasicAuth("u", X)</c>,
/// <c>new PDO(dsn, "app", X)</c>, <c>new PasswordAuthentication("u", "X".toCharArray())</c>; a pair given to an auth key
/// (<c>auth=("bob", X)</c>, <c>session.auth = ("bob", X)</c>, <c>http_auth=["elastic", X]</c>); and libcurl's <c>USERPWD</c> option's
/// <c>"user:X"</c>. Both the user and the secret must be string literals: a variable (<c>getConnection(url, user, pass)</c>) or a lookup
/// (<c>System.getenv("DB_PASS")</c>) is no value.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The end of a function's name and its opening parenthesis, searched at once; an auth key given a pair; libcurl's USERPWD option.
    private static readonly SearchValues<string> CallWords = SearchValues.Create(
        ["login(", "logon(", "log_in(", "signin(", "sign_in(", "auth(", "authenticate(", "simple_bind(", "bind_s(", "credential(", "credentials(",
         "getconnection(", "connect(", "token(", "authentication(", "pdo(", "mysqli(", "ldap_bind(", "auth_password(",
         "auth=(", "auth = (", "auth=[", "auth = [", "auth: (", "auth: [", "userpwd"],
        StringComparison.OrdinalIgnoreCase);

    // Functions whose second argument is the password (the first the user, or the DN), and how many arguments they take at most;
    // names without their underscores, in lower case.
    private static readonly HashSet<string> UserThenPassword = new(StringComparer.Ordinal)
    {
        "login", "logon", "signin", "auth", "authenticate", "simplebind", "simplebinds", "binds",
        "networkcredential", "usernamepasswordcredentials", "usernamepasswordauthenticationtoken", "passwordauthentication", "httpbasicauth",
        "httpdigestauth", "basicauth", "setcredentials", "credentials", "basiccredentials", "sqlcredential",
        // Basic authentication set on a request or client: Go's SetBasicAuth, Ruby's basic_auth, Java's and .NET's builders.
        "setbasicauth", "withbasicauth", "usebasicauth", "digestauth", "setdigestauth", "proxybasicauth",
    };

    // An authentication scheme's name as the first argument (auth("basic", header)): the second is no password.
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase) { "basic", "bearer", "digest", "plain", "token", "ntlm", "negotiate", "oauth", "oauth2" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SchemesBySpan = Schemes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Functions whose third argument is the password, after a URL, a host or a connection handle and the user (PHP's
    // ftp_login($conn, "u", X), ldap_bind($ds, dn, X), ssh2_auth_password($s, "u", X), new PDO(dsn, "u", X), new mysqli(host, "u", X)).
    private static readonly HashSet<string> TargetUserThenPassword = new(StringComparer.Ordinal)
    {
        "getconnection", "connect", "pdo", "mysqli", "mysqliconnect", "mysqlconnect", "ftplogin", "ldapbind", "ssh2authpassword",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UserThenPasswordBySpan = UserThenPassword.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TargetUserThenPasswordBySpan = TargetUserThenPassword.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void Calls(string text, Findings found)
    {
        var readTo = 0;
        Span<(int Start, int End, bool Literal)> arguments = stackalloc (int, int, bool)[6];
        Span<char> folded = stackalloc char[64];
        for (var offset = 0; offset < text.Length;)
        {
            var hit = text.AsSpan(offset).IndexOfAny(CallWords);
            if (hit < 0)
            {
                return;
            }

            hit += offset;
            if (text.AsSpan(hit).StartsWith("userpwd", StringComparison.OrdinalIgnoreCase))
            {
                offset = hit + 7;
                UserPasswordOption(text, offset, found);
                continue;
            }

            var open = text.AsSpan(hit).IndexOfAny('(', '[') + hit;
            offset = open + 1;
            if (open < readTo)
            {
                continue;
            }

            // auth=("bob", X), session.auth = ["bob", X]: a pair given to a key that ends in "auth".
            var before = open - 1;
            while (before > hit && text[before] == ' ')
            {
                before--;
            }

            if (text[before] is '=' or ':')
            {
                var count = Arguments(text, open + 1, text[open] == '(' ? ')' : ']', arguments, out var stop);
                if (count == 0 || count == 2 && arguments[0].Literal && arguments[1].Literal && Password(text, arguments[0], arguments[1], found))
                {
                    readTo = stop;
                }

                continue;
            }

            var nameStart = open;
            while (nameStart > 0 && open - nameStart < 64 && WordCharacters.Contains(text[nameStart - 1]))
            {
                nameStart--;
            }

            // The name without its underscores, in lower case: SetBasicAuth, basic_auth and ftp_login are read alike.
            var length = 0;
            foreach (var c in text.AsSpan(nameStart, open - nameStart))
            {
                if (c != '_')
                {
                    folded[length++] = char.ToLowerInvariant(c);
                }
            }

            var name = folded[..length];
            int password, most;
            if (UserThenPasswordBySpan.Contains(name))
            {
                (password, most) = (1, 3);
            }
            else if (TargetUserThenPasswordBySpan.Contains(name))
            {
                (password, most) = (2, 5);
            }
            else
            {
                continue;
            }

            var given = Arguments(text, open + 1, ')', arguments, out var end);
            // What a matched call's arguments hold is read, and a list that never closes on its line holds no call to read: neither
            // is read again (each part of a line is read once). A call inside a closed list that matched nothing is read on its own
            // (setCredentials(new UsernamePasswordCredentials("u", X))).
            if (given == 0 || given > password && given <= most && arguments[password].Literal && arguments[password - 1].Literal
                && Password(text, arguments[password - 1], arguments[password], found))
            {
                readTo = end;
            }
        }
    }

    /// <summary>Reports the literal <paramref name="secret"/> after the literal <paramref name="user"/> as a password, unless the user
    /// is a scheme's name (<c>auth("basic", header)</c>) or the value is a hash, a URL or no chosen value.</summary>
    private static bool Password(string text, (int Start, int End, bool Literal) user, (int Start, int End, bool Literal) secret, Findings found)
    {
        if (SchemesBySpan.Contains(text.AsSpan(user.Start, user.End - user.Start)))
        {
            return false;
        }

        var value = text.AsSpan(secret.Start, secret.End - secret.Start);
        // A URL where the password would be is another API's order (WLST's connect(user, password, url)).
        if (!SecretValues.IsStrongValue(value) || IsPasswordHash(value) || value.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        SecretValues.Consider("password", secret.Start, value, found);
        return true;
    }

    /// <summary>libcurl's USERPWD and PROXYUSERPWD options given a literal <c>"user:password"</c> (PHP's <c>curl_setopt($ch,
    /// CURLOPT_USERPWD, "u:X")</c> or <c>CURLOPT_USERPWD =&gt; "u:X"</c>, pycurl's <c>setopt(pycurl.USERPWD, "u:X")</c>): the part after
    /// the first colon.</summary>
    private static void UserPasswordOption(string text, int at, Findings found)
    {
        var end = Math.Min(text.Length, at + 16);
        at = SkipSpace(text, at, end);
        if (at < end && text[at] == ',')
        {
            at++;
        }
        else if (at + 1 < end && text[at] == '=' && text[at + 1] == '>')
        {
            at += 2;
        }
        else
        {
            return;
        }

        at = SkipSpace(text, at, end);
        if (at >= end || text[at] is not ('"' or '\''))
        {
            return;
        }

        var quote = text[at];
        var limit = Math.Min(text.Length, at + 257);
        var close = text.AsSpan(at + 1, limit - at - 1).IndexOfAny(quote, '\n');
        if (close < 0 || text[at + 1 + close] != quote)
        {
            return;
        }

        var pair = text.AsSpan(at + 1, close);
        var colon = pair.IndexOf(':');
        if (colon > 0 && colon < pair.Length - 1 && SecretValues.IsStrongValue(pair[(colon + 1)..]))
        {
            SecretValues.Consider("password", at + 2 + colon, pair[(colon + 1)..], found);
        }
    }

    /// <summary>Reads the arguments of a call (or the items of a tuple or list) on one line from <paramref name="start"/> to its
    /// <paramref name="closer"/>: each a string literal's content or another expression; returns how many there are (0 when the list
    /// does not close or is longer than a call's), and where the reading stopped in <paramref name="stop"/>.</summary>
    private static int Arguments(string text, int start, char closer, Span<(int Start, int End, bool Literal)> arguments, out int stop)
    {
        var end = Math.Min(text.Length, start + 512);
        var count = 0;
        var i = start;
        while (true)
        {
            i = SkipSpace(text, i, end);
            if (i >= end || text[i] is '\r' or '\n')
            {
                stop = i;
                return 0;
            }

            if (count == 0 && text[i] == closer)
            {
                stop = i + 1;
                return 0;
            }

            var argumentStart = i;
            var literal = false;
            int contentStart = i, contentEnd;
            if (text[i] is '"' or '\'')
            {
                var quote = text[i];
                var close = text.AsSpan(i + 1, end - i - 1).IndexOfAny(quote, '\\', '\n');
                if (close < 0 || text[i + 1 + close] != quote)
                {
                    // An escape or a line end inside: read as an expression.
                    i = CallArgumentEnd(text, i, end, closer);
                    contentEnd = i;
                }
                else
                {
                    contentStart = i + 1;
                    contentEnd = i + 1 + close;
                    i = ConversionEnd(text, SkipSpace(text, contentEnd + 1, end), end);
                    literal = i < end && (text[i] == ',' || text[i] == closer);
                    if (!literal)
                    {
                        // "a" + b, "x".toCharArray(): an expression that starts with a literal.
                        i = CallArgumentEnd(text, i, end, closer);
                    }
                }
            }
            else
            {
                i = CallArgumentEnd(text, i, end, closer);
                contentEnd = i;
            }

            if (i >= end || text[i] != ',' && text[i] != closer)
            {
                stop = i;
                return 0;
            }

            if (count < arguments.Length)
            {
                arguments[count] = literal ? (contentStart, contentEnd, true) : (argumentStart, i, false);
            }

            count++;
            if (text[i++] == closer)
            {
                stop = i;
                return count;
            }
        }
    }

    /// <summary>Where a literal's conversion without arguments ends (<c>"X".toCharArray()</c>, <c>"X".getBytes()</c>, <c>"X".encode()</c>):
    /// the literal still is the value. <paramref name="i"/> itself when none follows.</summary>
    private static int ConversionEnd(string text, int i, int end)
    {
        if (i >= end || text[i] != '.')
        {
            return i;
        }

        var j = i + 1;
        while (j < end && j - i <= 32 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        return j > i + 1 && j + 1 < end && text[j] == '(' && text[j + 1] == ')' ? SkipSpace(text, j + 2, end) : i;
    }

    /// <summary>The comma or closer ending an argument that is not a plain literal, at its own depth, within its line.</summary>
    private static int CallArgumentEnd(string text, int i, int end, char closer)
    {
        var depth = 0;
        for (; i < end && text[i] is not ('\r' or '\n'); i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var close = text.AsSpan(i + 1, end - i - 1).IndexOfAny(c, '\n');
                if (close < 0 || text[i + 1 + close] != c)
                {
                    return end;
                }

                i += close + 1;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth > 0)
            {
                depth--;
            }
            else if ((c == ',' || c == closer) && depth == 0)
            {
                return i;
            }
        }

        return i;
    }
}
