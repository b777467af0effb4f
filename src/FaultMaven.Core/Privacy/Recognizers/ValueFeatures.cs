using System.Numerics;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>What the value classifier reads from a key/value pair: the key's tokens (a secret word as a token of the key, not a
/// substring; the last token is what the key holds), the value's shape (length, character classes, entropy, and whether it is a word,
/// number, version, UUID, date, path, URL, reference, masked, …) and the structure. The same features as
/// bench/privacy/valueclass/pairs.py, in the order of <see cref="ValueClassifierWeights.Names"/>.</summary>
internal static partial class ValueFeatures
{
    private static readonly HashSet<string> Pass = ["pass", "password", "passwd", "pwd", "pw", "passphrase", "passcode", "pin"];
    private static readonly HashSet<string> Secret = ["secret", "secrets", "private", "priv"];
    private static readonly HashSet<string> Token = ["token", "tokens", "bearer", "jwt", "otp"];
    private static readonly HashSet<string> Key = ["key", "apikey", "keys"];
    private static readonly HashSet<string> Auth = ["auth", "authorization", "credential", "credentials", "creds", "cred", "login"];
    private static readonly HashSet<string> Session = ["session", "sess", "sessionid", "cookie", "remember"];
    private static readonly HashSet<string> Signature = ["sig", "signature", "hmac", "salt", "csrf", "xsrf"];
    private static readonly HashSet<string>[] Groups = [Pass, Secret, Token, Key, Auth, Session, Signature];
    private static readonly string[] Stems = ["pass", "pwd", "secret", "token", "key", "auth", "cred", "sess", "cookie", "hmac"];
    // The first words that make a compound key token (requirepass, masterauth, apitoken); bypass and compass end in a stem too.
    private static readonly HashSet<string> CompoundHeads =
    [
        "require", "master", "api", "access", "client", "db", "root", "admin", "app", "user", "login", "auth", "secret", "private",
        "session", "refresh", "id", "bearer", "service", "account", "shared", "signing", "consumer", "oauth", "web", "cluster",
    ];

    private static readonly HashSet<string> Public = ["public", "pub", "publishable", "agent"];

    // Words that make a key named "key" a credential's (api_key, signing key); "key" alone names a lookup as often.
    private static readonly HashSet<string> CredentialQualifiers =
    [
        "api", "access", "signing", "master", "client", "app", "service", "account", "license", "encryption", "shared", "root", "admin",
        "consumer", "subscription", "private", "hmac", "webhook", "deploy", "ssh", "gpg", "pgp", "rsa", "aes", "kms", "sas", "storage",
    ];

    // The last token says what the key holds: a name, a length, a path, a type of the secret (as SecretValues.DescriptiveSuffixes).
    private static readonly HashSet<string> Descriptive =
    [
        "name", "names", "length", "len", "min", "max", "id", "ids", "file", "path", "dir", "ref", "arn", "version", "ttl", "count", "policy",
        "type", "kind", "enabled", "disabled", "required", "expiry", "expires", "expiration", "age", "rotation", "provider", "store", "header",
        "field", "prefix", "url", "uri", "endpoint", "location", "format", "mode", "scope", "scopes", "algorithm", "size", "timeout",
        "interval", "label", "fingerprint", "hint", "reset", "strength", "mask", "masked", "hash", "limit", "source", "env", "var",
        "variable", "encryption", "method", "scheme", "cipher", "stdin", "prompt", "command", "cmd", "helper", "accessor", "domain",
        "samesite", "httponly", "secure", "time", "date", "timestamp", "user", "username", "host", "port", "consent", "include",
        "public", "pub", "publishable", "status", "state", "level", "manager", "usage",
    ];

    private static readonly HashSet<string> Booleans = ["true", "false", "null", "none", "nil", "yes", "no", "on", "off", "undefined"];

    /// <summary>The number of features.</summary>
    public const int Count = 42;

    // Indexes of the features the hand-set gate reads.
    private const int KDesc = 9, KPublic = 11, KNone = 12, VMask = 19, VRef = 20, VVersion = 21, VUuid = 22, VDate = 23, VNumber = 24, VUrl = 25,
        VPath = 26, VBool = 29, VSpace = 30, VDotted = 31, VAssign = 32, Structures = 33, KKeyAlone = 41;

    /// <summary>Writes the features of a pair into <paramref name="f"/>; false, with the value's features left unread, when a gate on
    /// the key alone already says the pair is never added (most pairs of a log: <c>status=200</c>).</summary>
    public static bool Compute(ValueStructure kind, string key, ReadOnlySpan<char> v, Span<double> f)
    {
        f.Clear();
        f[0] = 1;
        var tokens = new List<string>(4);
        foreach (var match in ValueClassifierRecognizer.KeyTokenPattern().EnumerateMatches(key))
        {
            tokens.Add(key.Substring(match.Index, match.Length).ToLowerInvariant());
        }

        var anyGroup = false;
        for (var g = 0; g < Groups.Length; g++)
        {
            var hit = tokens.Exists(Groups[g].Contains);
            f[1 + g] = hit ? 1 : 0;
            anyGroup |= hit;
        }

        // A compound of two words run together (requirepass, masterauth) is weaker evidence than a token of its own.
        var stem = !anyGroup && tokens.Exists(Compound);
        f[8] = stem ? 1 : 0;
        var last = tokens.Count > 0 ? tokens[^1] : "";
        f[KDesc] = Descriptive.Contains(last) ? 1 : 0;
        // The last token is what the key holds (api_token, AWS_SECRET_ACCESS_KEY); a secret word before it only qualifies it.
        f[10] = Array.Exists(Groups, g => g.Contains(last)) || Compound(last) ? 1 : 0;
        f[KPublic] = tokens.Exists(Public.Contains) ? 1 : 0;
        f[KNone] = !anyGroup && !stem ? 1 : 0;
        f[Structures + (int)kind] = 1;
        // "key" as the key's head needs another token that makes it a credential's (cache key, sort key, Sec-WebSocket-Key are not).
        f[KKeyAlone] = Key.Contains(last) && !tokens.Take(tokens.Count - 1).Any(t => CredentialQualifiers.Contains(t) || Array.Exists(Groups, g => g != Key && g.Contains(t))) ? 1 : 0;
        if (f[KNone] != 0 || f[KDesc] != 0 || f[KPublic] != 0 || f[KKeyAlone] != 0)
        {
            return false;
        }

        Value(v, f);
        return true;
    }

    private static bool Compound(string token) =>
        Array.Exists(Stems, s => token.Length > s.Length && token.EndsWith(s, StringComparison.Ordinal) && CompoundHeads.Contains(token[..^s.Length]));

    private static void Value(ReadOnlySpan<char> v, Span<double> f)
    {
        int lower = 0, upper = 0, digit = 0;
        foreach (var c in v)
        {
            lower += char.IsLower(c) ? 1 : 0;
            upper += char.IsUpper(c) ? 1 : 0;
            digit += char.IsDigit(c) ? 1 : 0;
        }

        var other = v.Length - lower - upper - digit;
        // Continuous features in steps (a length of 1, 2–3, 4–7, … characters; entropy in half bits), as the fit read them.
        f[13] = BitOperations.Log2((uint)(1 + Math.Min(v.Length, 128))) / 7.0;
        f[14] = v.Length < 6 ? 1 : 0;
        f[15] = Math.Floor(Math.Min(Checks.Entropy(v), 6.0) * 2) / 12.0;
        f[16] = ((lower > 0 ? 1 : 0) + (upper > 0 ? 1 : 0) + (digit > 0 ? 1 : 0) + (other > 0 ? 1 : 0)) / 4.0;
        f[17] = (lower > 0 || upper > 0) && digit > 0 ? 1 : 0;
        f[18] = lower > 0 && v.Length > 1 && HasUpper(v[1..]) ? 1 : 0;
        f[VMask] = MaskPattern().IsMatch(v) || PartialMaskPattern().IsMatch(v) ? 1 : 0;
        f[VRef] = ReferencePattern().IsMatch(v) ? 1 : 0;
        f[VVersion] = VersionPattern().IsMatch(v) ? 1 : 0;
        f[VUuid] = Checks.Uuid(v) ? 1 : 0;
        f[VDate] = DatePattern().IsMatch(v) ? 1 : 0;
        f[VNumber] = NumberPattern().IsMatch(v) ? 1 : 0;
        f[VUrl] = UrlPattern().IsMatch(v) ? 1 : 0;
        f[VPath] = PathPattern().IsMatch(v) ? 1 : 0;
        f[27] = WordPattern().IsMatch(v) ? 1 : 0;
        f[28] = HexPattern().IsMatch(v) ? 1 : 0;
        f[VBool] = v.Length <= 9 && Booleans.Contains(v.ToString().ToLowerInvariant()) ? 1 : 0;
        f[VSpace] = v.Contains(' ') ? 1 : 0;
        f[VDotted] = DottedPattern().IsMatch(v) ? 1 : 0;
        // A value that is itself a key=value pair (a cookie header's first cookie) is read as its own pair.
        f[VAssign] = v.TrimEnd('=').Contains('=') ? 1 : 0;
    }

    private static bool HasUpper(ReadOnlySpan<char> v)
    {
        foreach (var c in v)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the learned decision adds the pair, and no hand-set gate forbids it: the model has no interactions, and a
    /// secret-named key over a path, a URL, a number, a date, a UUID, a version, a reference, a masked value, a qualified name or a
    /// phrase is about the secret, not the secret; a key with no secret word, or one that names something about it, never adds.</summary>
    public static bool Added(ReadOnlySpan<double> f)
    {
        foreach (var i in (ReadOnlySpan<int>)[KDesc, KPublic, KNone, KKeyAlone, VMask, VRef, VVersion, VUuid, VDate, VNumber, VUrl, VPath, VBool, VSpace, VDotted, VAssign])
        {
            if (f[i] != 0)
            {
                return false;
            }
        }

        var z = 0.0;
        var w = ValueClassifierWeights.Add;
        for (var i = 0; i < Count; i++)
        {
            z += w[i] * f[i];
        }

        return z >= ValueClassifierWeights.AddLogit;
    }

    [GeneratedRegex(@"^(?:[*xX•·#]{3,}|\[(?:filtered|redacted|hidden|masked|secure)\]|<(?:redacted|hidden|masked)>|\(?(?:redacted|filtered|hidden|masked|sensitive)\)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaskPattern();

    [GeneratedRegex(@"(?:[*•·]{3,}|\.\.\.|…|[xX]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex PartialMaskPattern();

    [GeneratedRegex(@"^(?:\$\{[^}]*\}?|\$\(|\$[A-Za-z_]|\{\{|%[A-Za-z_]+%|<[^>]*>|(?:env|vault|op|secret|file|ref|arn|aws|gcp|azure|ssm|kms|sops)[:/]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"^v?\d{1,4}(?:\.\d{1,6}){1,4}(?:[-+][\w.]{1,32})?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[+-]?\d{1,20}(?:\.\d{1,12})?[a-zA-Z%]{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^[a-zA-Z][\w+.-]{1,15}://", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(?:~?/|\.{1,2}/|[A-Za-z]:\\)", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^[a-z]{2,}(?:[_.-][a-z]{2,}){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();
}
