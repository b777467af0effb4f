using System.Buffers;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Decides whether a value named as a secret (by its key, its flag or its sentence) is one: not a placeholder or reference,
/// not a number, path, boolean, UUID, variable name or printed object, and random enough; and whether its key names the secret
/// itself or something about it (<c>secret_name</c>, <c>password_min_length</c>).</summary>
internal static partial class SecretValues
{
    // Keys that name something about a secret rather than hold one: secret_name, password_min_length, token_type, passwordVariable, …
    private static readonly string[] DescriptiveSuffixes =
    [
        "name", "names", "length", "len", "min", "max", "id", "ids", "file", "path", "dir", "ref", "arn", "version", "ttl", "count", "policy",
        "type", "kind", "enabled", "disabled", "required", "expiry", "expires", "expiration", "expires_in", "age", "rotation", "provider", "store",
        "header", "field", "prefix", "url", "uri", "endpoint", "location", "format", "mode", "scope", "scopes", "algorithm", "size", "timeout",
        "interval", "label", "fingerprint", "hint", "reset", "strength", "mask", "masked", "hash", "limit", "source", "env", "var", "variable",
        "encryption", "method", "scheme", "cipher", "stdin", "prompt", "command", "cmd", "helper", "accessor", "domain", "samesite", "httponly",
        "secure", "time", "date", "timestamp", "backend", "engine", "driver", "manager", "algo", "alg", "storage", "region", "audience",
        "vault", "cache", "issuer", "lifetime", "state", "status",
        // A resource a secret lives in or is handled by, named by its kind: SecretsBucket, SecretsTable, PasswordRotationLambda,
        // SecretKmsAlias, password_reset_template: the value is the resource's name, not the secret.
        "bucket", "buckets", "table", "tables", "lambda", "function", "alias", "template", "templates", "queue", "topic", "role", "stack",
        "stream",
        // Text about the secret written beside it: token_description, secret_comment, --password-help.
        "description", "desc", "comment", "note", "notes", "message", "msg", "help", "title",
    ];

    // Tokens that order or page requests rather than unlock anything: AWS's ClientToken, page and continuation tokens.
    private static readonly string[] NotCredentialTokens = ["client", "idempotency", "page", "next", "continuation", "sync", "cancel", "correlation", "request", "pagination", "resume"];

    private static readonly HashSet<string> NotSecrets = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "null", "none", "nil", "undefined", "empty", "required", "optional", "disabled", "enabled", "redacted", "hidden", "secret",
        "password", "unset", "default", "string", "bearer", "basic", "token", "invalid", "expired", "missing", "present", "yes", "no",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotSecretsBySpan = NotSecrets.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> NumberLike = SearchValues.Create("0123456789.:-_msh");
    private static readonly SearchValues<char> LowerPath = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789/_.-");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> VariableName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly SearchValues<char> VariableReference = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_${}");
    private static readonly SearchValues<char> CallName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.");
    private static readonly SearchValues<char> GeneratedSuffix = SearchValues.Create("bcdfghjklmnpqrstvwxz2456789");
    private static readonly SearchValues<char> LowerHyphenated = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> ClassName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.$");
    private static readonly SearchValues<char> LookupArgument = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-:/ ,");
    private static readonly SearchValues<char> LowerDotted = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_.");

    /// <summary>Reports <paramref name="value"/> (trimmed of closing punctuation) as a secret when its key does not merely describe one
    /// and the value looks like one. Given the <c>text</c> the value is in, a closing brace or bracket after the value is the frame's only
    /// when a frame opened before it on its line (<see cref="FramedLength(string, int, ReadOnlySpan{char})"/>).</summary>
    public static void Consider(ReadOnlySpan<char> key, int index, ReadOnlySpan<char> value, Findings found, string? text = null)
    {
        // A mask the logging tool put there ([FILTERED]) or a template's slot ({password}) is shown whole, its closer with it.
        if (StartsMaskOrSlot(value))
        {
            return;
        }

        // Judged without any closer after it (a value's own "}}" is no template's end: password=Qz7v}} was hidden by its core),
        // reported with the closers that are its own.
        var v = value[..FramedLength(value)];
        Judge(key, index, v, text is null ? v.Length : FramedLength(text, index, value), found);
    }

    /// <summary>Reports a value that its quotes or its element's tags delimit (<c>'Vr3Wq8Lz)'</c>, <c>&lt;password&gt;Kb7Xq2Lm}&lt;/password&gt;</c>)
    /// as <see cref="Consider"/> does, with every closer in it: none of them is a frame's.</summary>
    public static void ConsiderDelimited(ReadOnlySpan<char> key, int index, ReadOnlySpan<char> value, Findings found)
    {
        if (StartsMaskOrSlot(value))
        {
            return;
        }

        Judge(key, index, value[..FramedLength(value)], value.Length, found);
    }

    /// <summary>Reports <paramref name="length"/> characters at <paramref name="index"/> when the key holds a secret and the value
    /// <paramref name="v"/> (without closers) looks like one.</summary>
    private static void Judge(ReadOnlySpan<char> key, int index, ReadOnlySpan<char> v, int length, Findings found)
    {
        // A UUID names a thing (a request, a session) unless its key says it unlocks one: Consul's SecretID and HTTP tokens, Vault's
        // AppRole secret_id, Heroku's API key in .netrc. A secret's id is descriptive (secret_id=prod/db), except when it is a UUID.
        if (Checks.Uuid(v))
        {
            if (NamesUuidCredential(key) && (!IsDescriptive(key) || IsSecretId(key)))
            {
                found.Add(PiiType.GenericSecret, index, index + length, 0.85);
            }

            return;
        }

        if (IsDescriptive(key) || NamesPublic(key) || NamesExisting(key))
        {
            return;
        }

        // A Java key store's password left at its shipped default (changeit, changeme) still opens the store: not a placeholder there.
        if (!LooksSecret(v, NamesPassword(key) ? 1.5 : 2.5) && !(IsKeyStorePassword(key) && v is "changeit" or "changeme"))
        {
            return;
        }

        found.Add(PiiType.GenericSecret, index, index + length, Checks.Entropy(v) >= 3.0 ? 0.85 : 0.6);
    }

    /// <summary>The length of a bare value without the punctuation of the frame around it: trailing commas, semicolons and closing
    /// braces, and a closing parenthesis or bracket that none in the value opened (<c>(password=X)</c>, <c>[token: X]</c>). One the
    /// value opened is its own (<c>enc[Summer2024!]</c>, <c>ENC(…)</c>). Braces are always the frame's: a value that closes its own
    /// brace is a template's name (<c>{BASE32_SECRET}</c>) or an object, not a secret's text.</summary>
    public static int FramedLength(ReadOnlySpan<char> value)
    {
        // Openers minus closers of each kind: below zero, the value holds closers of the frame's.
        int parens = 0, brackets = 0;
        foreach (var c in value)
        {
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }

        var end = value.Length;
        while (end > 0 && (value[end - 1] is ',' or ';' or '}' || value[end - 1] switch { ')' => parens++ < 0, ']' => brackets++ < 0, _ => false }))
        {
            end--;
        }

        return end;
    }

    /// <summary>The length of a bare value at <paramref name="start"/> in <paramref name="text"/> without the frame's punctuation, as
    /// <see cref="FramedLength(ReadOnlySpan{char})"/>, except that a closing brace, bracket or parenthesis is the frame's only when one
    /// of its kind opened before the value on its line and is still open (<c>{secret: X}</c>, <c>[password=X]</c>, <c>conn(password=X)</c>),
    /// and never one that closes a brace the value opened (<c>{Wn5Kq8Zt}</c>). With no frame open, <c>password=Xy9}kQ2}</c> ends in its own brace.</summary>
    public static int FramedLength(string text, int start, ReadOnlySpan<char> value)
    {
        var end = FramedLength(value);
        var tail = value[end..];
        // The closers trimmed of each kind: each is the frame's only if a frame of its kind is open where the value starts. A brace
        // the value opened closes in it ({Wn5Kq8Zt}): only closers past those can be the frame's.
        var ownOpened = value.Count('{');
        int braces = Math.Max(0, Math.Min(tail.Count('}'), value.Count('}') - ownOpened)), brackets = tail.Count(']'), parens = tail.Count(')');
        if (tail.IndexOfAny('}', ']', ')') < 0)
        {
            return end;
        }

        // Look back along the line, 96 characters at most (a frame opens near the value it holds): an opener no closer after it
        // matched is open at the value, whatever lies before it, so the look stops once each kind has as many as it needs.
        int openBraces = 0, openBrackets = 0, openParens = 0, closedBraces = 0, closedBrackets = 0, closedParens = 0;
        for (var i = start - 1; i >= 0 && start - i <= 96 && text[i] is not ('\n' or '\r')
            && (openBraces < braces || openBrackets < brackets || openParens < parens); i--)
        {
            var c = text[i];
            Track(c, '{', '}', ref openBraces, ref closedBraces);
            Track(c, '[', ']', ref openBrackets, ref closedBrackets);
            Track(c, '(', ')', ref openParens, ref closedParens);
        }

        // The frames close last: from the value's end inwards, each closer an open frame takes is trimmed (with the frame's commas
        // and semicolons); the first one none takes, and all before it, are the value's own (Properties{password=Qz7v}} keeps one).
        var ownBraces = Math.Min(openBraces, braces);
        var kept = value.Length;
        while (kept > end && value[kept - 1] switch { '}' => ownBraces-- > 0, ']' => openBrackets-- > 0, ')' => openParens-- > 0, _ => true })
        {
            kept--;
        }

        return kept;
    }

    /// <summary>Reading backwards, a closer waits for its opener; an opener with none waiting is open after it.</summary>
    private static void Track(char c, char opener, char closer, ref int open, ref int waiting)
    {
        if (c == closer)
        {
            waiting++;
        }
        else if (c == opener && waiting > 0)
        {
            waiting--;
        }
        else if (c == opener)
        {
            open++;
        }
    }

    /// <summary>Gets whether a key names something about a secret (its name, length, type, variable) rather than holding it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsDescriptive(ReadOnlySpan<char> key)
    {
        key = key.Trim("\"'-");
        foreach (var suffix in DescriptiveSuffixes)
        {
            // secret_name, secret-name, secret.name, or camel case secretName.
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && (key[^(suffix.Length + 1)] is '_' or '-' or '.' || key.Length > suffix.Length + 4 && char.IsUpper(key[^suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a value could be a secret rather than a placeholder, number, path, name or printed object.</summary>
    /// <param name="value">The value.</param>
    /// <param name="minimumEntropy">The bits per character it needs: people choose passwords weaker (testtest1) than machines make tokens.</param>
    public static bool LooksSecret(ReadOnlySpan<char> value, double minimumEntropy = 2.5)
    {
        if (value.Length < 6 || Checks.Placeholder(value) || NotSecretsBySpan.Contains(value) || Checks.Uuid(value) || IsEnvelopedCiphertext(value)
            || IsHexNumber(value) || IsObjectDump(value) || IsVariableName(value) || IsReference(value) || IsGeneratedName(value))
        {
            return false;
        }

        // Numbers, durations and sizes; lower-case paths and dotted names (prod/orders/db, com.acme.Service).
        if (!value.ContainsAnyExcept(NumberLike) || value[0] == '.' || value[0] == '/' && !IsBase64Run(value)
            || value.Contains('/') && !value.ContainsAnyExcept(LowerPath))
        {
            return false;
        }

        return Checks.Entropy(value) >= minimumEntropy;
    }

    /// <summary>Gets whether a key names a credential that may be a UUID: a password, secret or token, but not a token that orders
    /// requests (<c>ClientToken</c>, <c>next_page_token</c>) nor a session id.</summary>
    private static bool NamesUuidCredential(ReadOnlySpan<char> key)
    {
        if (NamesPassword(key) || key.Contains("secret", StringComparison.OrdinalIgnoreCase) || key.Contains("apikey", StringComparison.OrdinalIgnoreCase)
            || key.Contains("api_key", StringComparison.OrdinalIgnoreCase) || key.Contains("api-key", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var token = key.IndexOf("token", StringComparison.OrdinalIgnoreCase);
        if (token < 0)
        {
            return false;
        }

        foreach (var word in NotCredentialTokens)
        {
            if (key[..token].Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets whether a key names something published (<c>PublicKeyToken</c>, <c>public_key</c>, <c>pubkey</c>): a .NET assembly's
    /// public key token or a public key is meant to be seen.</summary>
    private static bool NamesPublic(ReadOnlySpan<char> key)
    {
        key = key.TrimStart("\"'-_");
        return key.StartsWith("public", StringComparison.OrdinalIgnoreCase) || key.StartsWith("pubkey", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gets whether a key is a secret's id (<c>secret_id</c>, <c>SecretID</c>, <c>secret-id</c>).</summary>
    private static bool IsSecretId(ReadOnlySpan<char> key) =>
        key.EndsWith("secret_id", StringComparison.OrdinalIgnoreCase) || key.EndsWith("secretid", StringComparison.OrdinalIgnoreCase)
        || key.EndsWith("secret-id", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether a key names a key store's or trust store's password (<c>key-store-password</c>, <c>ssl.truststore.password</c>,
    /// <c>keyStorePass</c>).</summary>
    private static bool IsKeyStorePassword(ReadOnlySpan<char> key) =>
        NamesPassword(key) && (key.Contains("store", StringComparison.OrdinalIgnoreCase) || key.Contains("keypass", StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets whether a key names a password (db_pass, PGPASSWORD, pw) rather than a token or key.</summary>
    private static bool NamesPassword(ReadOnlySpan<char> key) =>
        key.Contains("pass", StringComparison.OrdinalIgnoreCase) || key.Contains("pw", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether a value found in a sentence or after a bare flag is unlike a word: it mixes letters with digits, or holds
    /// a symbol, or capitals past its first letter.</summary>
    public static bool IsStrongValue(ReadOnlySpan<char> value) =>
        value.Length >= 6 && (value.ContainsAnyExcept(Letters) || value[1..].ContainsAnyInRange('A', 'Z'));

    /// <summary>Gets whether a value holds both letters and digits and is long enough to be chosen rather than written: the bar for a
    /// value that follows its key with nothing between (<c>password s3cr3t-99</c>, <c>use token ab12…</c>).</summary>
    public static bool IsMixedValue(ReadOnlySpan<char> value) =>
        value.Length >= 8 && value.ContainsAny(Letters) && value.ContainsAnyInRange('0', '9');

    /// <summary>A <c>0x</c> literal of up to 64 bits is a number (an id, a flag, an address); longer ones may be keys.</summary>
    public static bool IsHexNumber(ReadOnlySpan<char> value) =>
        value.Length is > 2 and <= 18 && value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && !value[2..].ContainsAnyExcept(HexDigits);

    /// <summary>Gets whether a value is a plain lower-case word.</summary>
    public static bool IsPlainWord(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('a', 'z');

    /// <summary>An object printed by its type: Android's <c>Token{a64f992 …}</c>, or Java's default <c>toString()</c>, a class name and
    /// an identity hash (<c>android.os.BinderProxy@19133ce</c>, <c>com.zaxxer.hikari.pool.HikariProxyConnection@5e4f2b1</c>), not a value.</summary>
    private static bool IsObjectDump(ReadOnlySpan<char> value)
    {
        var brace = value.IndexOf('{');
        if (brace >= 3 && char.IsAsciiLetterUpper(value[0]) && !value[..brace].ContainsAnyExcept(Letters))
        {
            return true;
        }

        var at = value.IndexOf('@');
        if (at < 3 || value.Length - at - 1 is < 1 or > 16 || value[(at + 1)..].ContainsAnyExcept(LowerHexDigits))
        {
            return false;
        }

        var type = value[..at];
        var dot = type.LastIndexOf('.');
        return dot > 0 && dot < type.Length - 1 && char.IsAsciiLetterUpper(type[dot + 1]) && !type.ContainsAnyExcept(ClassName);
    }

    /// <summary>A reference to where a secret lives rather than the secret: a shell or nginx variable (<c>$db_pass</c>,
    /// <c>$http_x_api_key</c>), a Terraform/HCL expression (<c>var.db_password</c>, <c>random_password.db.result</c>), or a call that
    /// fetches it (<c>credentials('reg-pass')</c>, <c>lookup('env', 'X')</c>, <c>os.getenv(</c>), or a store's id of it.</summary>
    public static bool IsReference(ReadOnlySpan<char> value)
    {
        // A YAML tag (!vault, !!binary, CloudFormation's !Ref) marks how the value below it is stored; it is not the value.
        if (value[0] == '!' && value.TrimStart('!') is { Length: > 0 } tag && !tag.ContainsAnyExcept(Letters))
        {
            return true;
        }

        if (value[0] == '$' && value.Length > 1 && (char.IsAsciiLetter(value[1]) || value[1] is '_' or '{') && !value.ContainsAnyExcept(VariableReference)
            && !Checks.ChosenAroundExpansions(value))
        {
            return true;
        }

        // A call or an index that fetches it: credentials('reg-pass'), os.getenv(, os.environ[, ENV.fetch(; its argument quoted, a
        // name, or cut off. A word wrapping a chosen value (enc[Summer2024!], secret(Hunter2!)) is a password, not a lookup.
        var paren = value.IndexOfAny('(', '[');
        if (paren >= 3 && char.IsAsciiLetterLower(value[0]) && !value[..paren].ContainsAnyExcept(CallName) && IsLookupArgument(value[(paren + 1)..]))
        {
            return true;
        }

        if (IsLookup(value) || IsSecretAttribute(value))
        {
            return true;
        }

        // A stored credential's id behind the store's kind (credentialsJSON:<uuid>, secretRef:<uuid>): the secret lives in the store.
        var colon = value.IndexOf(':');
        if (colon >= 3 && !value[..colon].ContainsAnyExcept(Letters) && Guid.TryParseExact(value[(colon + 1)..], "D", out _))
        {
            return true;
        }

        var dot = value.IndexOf('.');
        if (dot <= 0 || value.ContainsAnyExcept(LowerDotted) || !char.IsAsciiLetterLower(value[0]))
        {
            return false;
        }

        // random_password.db.result, aws_secretsmanager_secret_version.db.secret_string: a resource's attribute.
        var attribute = value[(value.LastIndexOf('.') + 1)..];
        return value[..dot] is "var" or "local" or "module" or "data" or "each" or "self" or "path" or "terraform"
            || value.Count('.') >= 2 && attribute is "result" or "value" or "secret_string" or "password" or "token" or "id" or "arn" or "output";
    }

    /// <summary>What follows a call's or index's opener in a lookup: nothing (the value was cut there), a quoted literal, or names
    /// (<c>'env', 'X'</c>, <c>DB_PASS</c>, <c>a.b</c>) — not a chosen value's symbols.</summary>
    private static bool IsLookupArgument(ReadOnlySpan<char> argument)
    {
        argument = argument.TrimEnd(")]");
        return argument.IsEmpty || argument[0] is '"' or '\'' || !argument.ContainsAnyExcept(LookupArgument);
    }

    /// <summary>A Kubernetes object's generated name (<c>default-token-x7k2p</c>, <c>prometheus-k8s-token-nwtrf</c>, a pod's
    /// <c>web-7d9f8b6c4-q2w8z</c>): lower-case words joined by hyphens, the last five characters from the alphabet the API server
    /// draws suffixes from (no vowels, no 0, 1 or 3). It names the secret object; its content is elsewhere.</summary>
    public static bool IsGeneratedName(ReadOnlySpan<char> value)
    {
        if (value.Length < 8 || value[^6] != '-' || value[^5..].ContainsAnyExcept(GeneratedSuffix) || value[..^6].ContainsAnyExcept(LowerHyphenated))
        {
            return false;
        }

        // At least one word of the name is a word (letters only, 3 or more), so a random token that happens to end so is not a name.
        foreach (var range in value[..^6].Split('-'))
        {
            var word = value[range];
            if (word.Length >= 3 && !word.ContainsAnyExceptInRange('a', 'z'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An environment variable's name (<c>REG_PASS</c>, <c>DB_PASSWORD</c>): a reference to the secret, not the secret.</summary>
    private static bool IsVariableName(ReadOnlySpan<char> value) =>
        value.Contains('_') && char.IsAsciiLetterUpper(value[0]) && !value.ContainsAnyExcept(VariableName);
}
