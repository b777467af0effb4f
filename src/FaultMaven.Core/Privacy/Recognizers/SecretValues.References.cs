using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Values that stand where a secret goes without being one (issue 18, unseen5): lookups by the syntax of what resolves them,
/// keys that point at a secret kept elsewhere; and key material that starts with "/" without being a path.</summary>
internal static partial class SecretValues
{
    private static readonly SearchValues<char> LowerLocator = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789/_.-#:");
    private static readonly SearchValues<char> FilePath = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./~-");
    private static readonly SearchValues<char> Base64Characters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    /// <summary>A lookup written where the value belongs, by the syntax of whatever resolves it: an expansion or template opener
    /// (<c>${env:X}</c>, <c>%[env(X)]</c>, <c>{{resolve:…}}</c>, <c>#{…}</c>, <c>&lt;%= … %&gt;</c>), a locator with a scheme and no user
    /// information (<c>op://vault/item/field</c>, <c>vault://…</c>), a lower-case name and a path (<c>vault:secret/data/app#key</c>,
    /// systemd's <c>LoadCredential=name:/path</c>), or an environment read (<c>process.env.API_KEY</c>, <c>ENV.DB_PASS</c>).</summary>
    private static bool IsLookup(ReadOnlySpan<char> value)
    {
        // ${X} and its kin are filled in later, unless chosen text goes on around the expansion (${PREFIX}Summer!2024).
        if (value.Length >= 2 && value[0] is '$' or '%' or '#' or '{' or '<' && value[1] is '{' or '[' or '%' && !(value[0] == '$' && Checks.ChosenAroundExpansions(value)))
        {
            return true;
        }

        // A parameter wrapped in percent signs (TeamCity's %vault:secret/ci!/x% and %env.X%, a Windows %VARIABLE%) is filled in later.
        if (value.Length >= 4 && value[0] == '%' && value[^1] == '%' && char.IsAsciiLetter(value[1]) && !value[1..^1].ContainsAny('%', ' '))
        {
            return true;
        }

        if (IsFileArgument(value))
        {
            return true;
        }

        var colon = value.IndexOf(':');
        if (colon > 0 && !value[..colon].ContainsAnyExcept(LowerHyphenated) && char.IsAsciiLetterLower(value[0]))
        {
            var rest = value[(colon + 1)..];
            if (rest.StartsWith("//", StringComparison.Ordinal) ? rest.Length > 2 && !rest.ContainsAny('@', '?') && rest[2..].Contains('/')
                : rest.Contains('/') && !rest.ContainsAnyExcept(LowerLocator))
            {
                return true;
            }
        }

        // process.env.API_KEY, env.DB_PASS, ENV.TOKEN: a dotted path that ends in an environment variable's name.
        var dot = value.LastIndexOf('.');
        return dot > 0 && dot < value.Length - 1 && IsVariableName(value[(dot + 1)..]) && !value[..dot].ContainsAnyExcept(CallName)
            && (value[..dot].EndsWith("env", StringComparison.OrdinalIgnoreCase) || value[..dot].EndsWith("environ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An object's attribute that holds the secret, as code passes it on (<c>password=cfg.password</c>, <c>self.db_pass</c>,
    /// <c>settings.API_TOKEN</c>): identifiers joined by dots, the first in lower case, the last naming a secret. A chosen value may hold
    /// a dot (<c>Acme.Password1</c>), but not as a lower-case name before an identifier that names what the value is.</summary>
    private static bool IsSecretAttribute(ReadOnlySpan<char> value)
    {
        var dot = value.LastIndexOf('.');
        if (dot <= 0 || dot == value.Length - 1 || value.Length > 128 || !(char.IsAsciiLetterLower(value[0]) || value[0] == '_'))
        {
            return false;
        }

        foreach (var range in value.Split('.'))
        {
            var segment = value[range];
            if (segment.IsEmpty || char.IsAsciiDigit(segment[0]) || segment.ContainsAnyExcept(IdentifierCharacters))
            {
                return false;
            }
        }

        // The last segment's letters alone, in lower case, end with a secret's word; a digit in it is a chosen value's (Pass.word9).
        var last = value[(dot + 1)..];
        if (last.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        Span<char> folded = stackalloc char[last.Length];
        var length = 0;
        foreach (var c in last)
        {
            if (c != '_')
            {
                folded[length++] = char.ToLowerInvariant(c);
            }
        }

        var name = folded[..length];
        foreach (var word in AttributeSecretWords)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AttributeSecretWords = ["password", "passwd", "pass", "pwd", "secret", "token", "key", "credential", "credentials", "passphrase"];
    private static readonly SearchValues<char> IdentifierCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>A file the tool reads the value from: the AWS CLI's <c>file://pw.txt</c> and <c>fileb://key.bin</c>, curl's and the
    /// Azure CLI's <c>@token.txt</c> (a path: a slash or a file name's extension, no symbol a chosen value would hold).</summary>
    private static bool IsFileArgument(ReadOnlySpan<char> value)
    {
        var path = value.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? value[7..]
            : value.StartsWith("fileb://", StringComparison.OrdinalIgnoreCase) ? value[8..]
            : value.Length >= 3 && value[0] == '@' ? value[1..] : [];
        if (path.IsEmpty || path.ContainsAnyExcept(FilePath))
        {
            return false;
        }

        var dot = path.LastIndexOf('.');
        return path.Contains('/') || dot > 0 && path.Length - dot - 1 is >= 1 and <= 5 && !path[(dot + 1)..].ContainsAnyExcept(Letters);
    }

    /// <summary>Gets whether a key points at a secret kept elsewhere by its object name (Helm's <c>existingSecret</c>,
    /// <c>existing_secret_name</c>, <c>useExistingSecret</c>): its value names a Kubernetes object, never holds the secret.</summary>
    private static bool NamesExisting(ReadOnlySpan<char> key) =>
        key.TrimStart("\"'-_").IndexOf("existing", StringComparison.OrdinalIgnoreCase) is >= 0 and <= 3;

    /// <summary>Base64 may start with "/" (a quarter of all random keys' first characters are "/" or "+"): a value of base64 characters
    /// with a long segment between slashes that mixes upper case, lower case and digits is key material, not an absolute path.</summary>
    private static bool IsBase64Run(ReadOnlySpan<char> value)
    {
        if (value.Length < 20 || value.TrimEnd('=').ContainsAnyExcept(Base64Characters))
        {
            return false;
        }

        foreach (var range in value.TrimEnd('=').Split('/'))
        {
            var segment = value[range];
            if (segment.Length >= 16 && segment.ContainsAnyInRange('A', 'Z') && segment.ContainsAnyInRange('a', 'z') && segment.ContainsAnyInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }
}
