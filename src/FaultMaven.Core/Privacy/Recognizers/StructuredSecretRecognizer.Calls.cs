using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>A secret passed by position to a call whose function takes credentials, as a stack trace, a debug log or a quoted line
/// of code shows it: <c>Auth.login("bob", X)</c>, <c>simple_bind_s(dn, X)</c> (not a bare <c>bind</c>: an event's handler is bound so), <c>new NetworkCredential("svc", X)</c>,
/// <c>DriverManager.getConnection(url, "app", X)</c>, <c>pymysql.connect(host, "report", X, db)</c>. Both the user and the secret must
/// be string literals: a variable (<c>getConnection(url, user, pass)</c>) or a lookup (<c>System.getenv("DB_PASS")</c>) is no value.</summary>
internal sealed partial class StructuredSecretRecognizer
{
    // The end of a function's name and its opening parenthesis, searched at once.
    private static readonly SearchValues<string> CallWords = SearchValues.Create(
        ["login(", "logon(", "log_in(", "signin(", "sign_in(", "auth(", "authenticate(", "simple_bind(", "bind_s(", "credential(", "credentials(",
         "getconnection(", "connect(", "token(", "authentication("],
        StringComparison.OrdinalIgnoreCase);

    // Functions whose second argument is the password (the first the user, or the DN), and how many arguments they take at most.
    private static readonly HashSet<string> UserThenPassword = new(StringComparer.OrdinalIgnoreCase)
    {
        "login", "logon", "log_in", "signin", "sign_in", "auth", "authenticate", "simple_bind", "simple_bind_s", "bind_s",
        "networkcredential", "usernamepasswordcredentials", "usernamepasswordauthenticationtoken", "passwordauthentication", "httpbasicauth",
        "httpdigestauth", "basicauth", "setcredentials", "credentials", "basiccredentials", "sqlcredential",
    };

    // An authentication scheme's name as the first argument (auth("basic", header)): the second is no password.
    private static readonly HashSet<string> Schemes = new(StringComparer.OrdinalIgnoreCase) { "basic", "bearer", "digest", "plain", "token", "ntlm", "negotiate", "oauth", "oauth2" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SchemesBySpan = Schemes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Functions whose third argument is the password, after a URL or host and the user.
    private static readonly HashSet<string> TargetUserThenPassword = new(StringComparer.OrdinalIgnoreCase) { "getconnection", "connect" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UserThenPasswordBySpan = UserThenPassword.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TargetUserThenPasswordBySpan = TargetUserThenPassword.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void Calls(string text, Findings found)
    {
        var readTo = 0;
        Span<(int Start, int End, bool Literal)> arguments = stackalloc (int, int, bool)[6];
        for (var offset = 0; offset < text.Length;)
        {
            var hit = text.AsSpan(offset).IndexOfAny(CallWords);
            if (hit < 0)
            {
                return;
            }

            var open = text.AsSpan(offset + hit).IndexOf('(') + offset + hit;
            offset = open + 1;
            if (open < readTo)
            {
                continue;
            }

            var nameStart = open;
            while (nameStart > 0 && open - nameStart < 64 && WordCharacters.Contains(text[nameStart - 1]))
            {
                nameStart--;
            }

            var name = text.AsSpan(nameStart, open - nameStart);
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

            var count = Arguments(text, open + 1, arguments, out readTo);
            if (count <= password || count > most || !arguments[password].Literal || !arguments[password - 1].Literal)
            {
                continue;
            }

            var (userStart, userEnd, _) = arguments[password - 1];
            if (SchemesBySpan.Contains(text.AsSpan(userStart, userEnd - userStart)))
            {
                continue;
            }

            var (start, end, _) = arguments[password];
            var value = text.AsSpan(start, end - start);
            // A URL where the password would be is another API's order (WLST's connect(user, password, url)).
            if (SecretValues.IsStrongValue(value) && !IsPasswordHash(value) && !value.Contains("://", StringComparison.Ordinal))
            {
                SecretValues.Consider("password", start, value, found);
            }
        }
    }

    /// <summary>Reads the arguments of a call on one line from <paramref name="start"/> to its closing parenthesis: each a string
    /// literal's content or another expression; returns how many there are (0 when the list does not close or is longer than a call's),
    /// and where the reading stopped in <paramref name="stop"/>.</summary>
    private static int Arguments(string text, int start, Span<(int Start, int End, bool Literal)> arguments, out int stop)
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

            if (count == 0 && text[i] == ')')
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
                    i = CallArgumentEnd(text, i, end);
                    contentEnd = i;
                }
                else
                {
                    contentStart = i + 1;
                    contentEnd = i + 1 + close;
                    i = SkipSpace(text, contentEnd + 1, end);
                    literal = i < end && text[i] is ',' or ')';
                    if (!literal)
                    {
                        // "a" + b, "x".toCharArray(): an expression that starts with a literal.
                        i = CallArgumentEnd(text, i, end);
                    }
                }
            }
            else
            {
                i = CallArgumentEnd(text, i, end);
                contentEnd = i;
            }

            if (i >= end || text[i] is not (',' or ')'))
            {
                stop = i;
                return 0;
            }

            if (count < arguments.Length)
            {
                arguments[count] = literal ? (contentStart, contentEnd, true) : (argumentStart, i, false);
            }

            count++;
            if (text[i++] == ')')
            {
                stop = i;
                return count;
            }
        }
    }

    /// <summary>The comma or parenthesis ending an argument that is not a plain literal, at its own depth, within its line.</summary>
    private static int CallArgumentEnd(string text, int i, int end)
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
            else if (c is ',' or ')' && depth == 0)
            {
                return i;
            }
        }

        return i;
    }
}
