using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Secrets whose key is not beside them or not a secret word (issue 18, thirteenth session): (a) the key is in the structure
/// around the value — the parent object's key, a label on the line above, the call that read it, a namespaced element; (b) the
/// value's own shape says credential — armour lines of any name, Jetty's <c>OBF:</c>, a Go DSN's <c>user:pw@tcp(</c>, an AWS secret
/// beside its key id; (c) the secret word is OCR-garbled. One vectorised search for the anchors gates the whole recognizer; each
/// anchor reads a bounded window, so the time stays linear.</summary>
internal sealed partial class ContextSecretRecognizer : PiiRecognizer
{
    // Every anchor the readers below start from; a text without any is passed over by this one search.
    private static readonly SearchValues<string> AsciiAnchors = SearchValues.Create(
    [
        "OBF:", "MD5:", "CRYPT:", "-----BEGIN ", "@tcp(", "@unix(", "@tcp6(", "AKIA", "ASIA", "\"value\"", "[]string{\"", "getenv(",
        "environ.get(", "\n=> ", "password>", "passwd>", "secret>", "token>",
        "key\n", "key:\n", "key\r\n", "password\n", "password:\n", "password\r\n", "secret\n", "secret:\n", "token\n", "token:\n",
        "key:\r", "password:\r", "secret\r", "secret:\r", "token\r", "token:\r", "passwd\n", "passwd:\n", "passwd\r", "passwd:\r",
        "key: \n", "key: \r", "password: \n", "password: \r", "password \n", "secret: \n", "secret: \r", "token: \n", "token: \r",
        "passwd: \n", "password:\t", "password:  ",
        "passw0rd", "pa55w", "p@ssw", "pa$$w",
        "Private-Lines:", "\"kty\"", "untrusted comment:", "setup key", "secret key", "\" TOTP_AUTH", "\" HOTP_COUNTER",
        "\" RATE_LIMIT", "\" WINDOW_SIZE", "\" DISALLOW_REUSE", "\" STEP_SIZE", "recovery code", "backup code", "scratch code",
        "community", "com2sec", "/hooks/", "/with/key/", "user.info", "userinfo", "environ[", "process.env.",
    ], StringComparison.OrdinalIgnoreCase);

    public override void Recognize(string text, Findings found)
    {
        // Where earlier anchors' searches ended: armour lines without an end, or JWKs without a brace, are not searched again.
        var state = new ScanState { ArmourEnd = -1, NextBrace = -1 };
        var offset = 0;
        while (offset < text.Length)
        {
            var hit = text.AsSpan(offset).IndexOfAny(AsciiAnchors);
            if (hit < 0)
            {
                return;
            }

            var at = offset + hit;
            offset = Math.Max(at + 1, Read(text, at, found, ref state));
        }
    }

    /// <summary>Reads the anchor at <paramref name="at"/> with the reader it opens; returns where the search may resume.</summary>
    private static int Read(string text, int at, Findings found, ref ScanState state)
    {
        var rest = text.AsSpan(at);
        return rest[0] switch
        {
            'O' when rest.StartsWith("OBF:", StringComparison.Ordinal) => ReadObfuscated(text, at, found),
            'M' or 'C' or 'm' or 'c' when rest.StartsWith("MD5:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("CRYPT:", StringComparison.OrdinalIgnoreCase) => ReadRealmHash(text, at, found),
            '-' when rest.StartsWith("-----BEGIN ", StringComparison.Ordinal) => ReadArmour(text, at, found, ref state.ArmourEnd),
            '@' => ReadGoDsn(text, at, found),
            'A' when rest.StartsWith("AKIA", StringComparison.Ordinal) || rest.StartsWith("ASIA", StringComparison.Ordinal) => ReadAwsPair(text, at, found),
            '"' when rest.StartsWith("\"value\"", StringComparison.OrdinalIgnoreCase) => ReadParentKeyValue(text, at, found),
            '[' => ReadTypedList(text, at, found),
            'g' or 'e' or 'G' or 'E' when rest.StartsWith("getenv(", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("environ.get(", StringComparison.OrdinalIgnoreCase) => ReadLookupCall(text, at, found),
            '\n' => ReadReplResult(text, at, found),
            _ => ReadFormatAnchor(text, at, found, ref state),
        };
    }

    /// <summary>The anchors of key files, second factors and service grammars; any other anchor is a word's.</summary>
    private static int ReadFormatAnchor(string text, int at, Findings found, ref ScanState state)
    {
        var rest = text.AsSpan(at);
        return rest[0] switch
        {
            'P' when rest.StartsWith("Private-Lines:", StringComparison.Ordinal) => ReadPuttyPrivateLines(text, at, found),
            '"' when rest.StartsWith("\"kty\"", StringComparison.Ordinal) => ReadJwk(text, at, found, ref state),
            '"' when rest.StartsWith("\" ", StringComparison.Ordinal) => ReadAuthenticatorFile(text, at, found),
            'u' or 'U' when rest.StartsWith("untrusted comment:", StringComparison.OrdinalIgnoreCase) => ReadSignifyKey(text, at, found),
            'u' or 'U' when rest.StartsWith("user.info", StringComparison.OrdinalIgnoreCase) => ReadUserInfo(text, at, 9, found),
            'u' or 'U' when rest.StartsWith("userinfo", StringComparison.OrdinalIgnoreCase) => ReadUserInfo(text, at, 8, found),
            's' or 'S' when rest.StartsWith("setup key", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("secret key", StringComparison.OrdinalIgnoreCase)
                => ReadSetupKey(text, at, rest[1] is 'e' or 'E' && rest[2] is 't' or 'T' ? 9 : 10, found),
            'r' or 'R' or 'b' or 'B' or 's' or 'S' when rest.StartsWith("recovery code", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("backup code", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("scratch code", StringComparison.OrdinalIgnoreCase)
                => ReadRecoveryCodes(text, at, found),
            'c' or 'C' when rest.StartsWith("community", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("com2sec", StringComparison.OrdinalIgnoreCase)
                => ReadCommunity(text, at, found),
            '/' => ReadHookPath(text, at, found),
            'e' or 'E' when rest.StartsWith("environ[", StringComparison.OrdinalIgnoreCase) => ReadEnvironIndex(text, at, found),
            'p' or 'P' when rest.StartsWith("process.env.", StringComparison.OrdinalIgnoreCase) => ReadEnvDefault(text, at, found),
            _ => ReadWordAnchor(text, at, found),
        };
    }

    /// <summary>Jetty's obfuscated password <c>OBF:1v2j1uum…</c>: reversible, so as good as the password. Four base-36 digits per
    /// character; a shorter or odd run is not one.</summary>
    private static int ReadObfuscated(string text, int at, Findings found)
    {
        if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
        {
            return at + 4;
        }

        var end = at + 4;
        while (end < text.Length && end - at < 1024 && (char.IsAsciiDigit(text[end]) || char.IsAsciiLetterLower(text[end]) || text[end] == 'U'))
        {
            end++;
        }

        var length = end - at - 4;
        if (length >= 8 && length % 4 == 0 && !(end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            found.Add(PiiType.GenericSecret, at, end, 0.9);
        }

        return end;
    }

    /// <summary>A realm file's hashed password (<c>user: MD5:…, role</c>, <c>user: CRYPT:…</c>): a user name opens the line and roles
    /// follow after a comma. A checksum (<c>file.tar.gz: MD5:…</c>, <c>checksum: MD5:…</c>) has no roles and is left.</summary>
    private static int ReadRealmHash(string text, int at, Findings found)
    {
        var prefix = text[at] is 'M' or 'm' ? 4 : 6;
        var end = at + prefix;
        while (end < text.Length && end - at < 256 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '/' or '.' or '$'))
        {
            end++;
        }

        // A checksum is never CRYPT: a crypt value on a user's line needs no roles after it; an MD5 value does.
        if (end - at - prefix < 8 || !(prefix == 6 ? AtLineEnd(text, end) || FollowedByRoles(text, end) : FollowedByRoles(text, end)) || !OpensRealmLine(text, at))
        {
            return end;
        }

        found.Add(PiiType.GenericSecret, at, end, 0.85);
        return end;
    }

    private static bool AtLineEnd(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i == text.Length || text[i] == '\n';
    }

    private static bool FollowedByRoles(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] == ',';
    }

    /// <summary>Whether only "name:" or "name =" (a user name, not a file or a hash's name) stands between the line's start and
    /// <paramref name="at"/>.</summary>
    private static bool OpensRealmLine(string text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        if (i == 0 || text[i - 1] is not (':' or '='))
        {
            return false;
        }

        var nameEnd = --i;
        while (i > 0 && nameEnd - i < 64 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '-' or '@' or '.'))
        {
            i--;
        }

        var name = text.AsSpan(i, nameEnd - i).TrimEnd(" \t");
        return name.Length > 0 && (i == 0 || text[i - 1] is '\n' or ' ' or '\t') && StartsLine(text, i)
            && !name.Contains('.') && !IsHashName(name);
    }

    private static bool IsHashName(ReadOnlySpan<char> name) =>
        name.Contains("sum", StringComparison.OrdinalIgnoreCase) || name.Contains("hash", StringComparison.OrdinalIgnoreCase)
        || name.Contains("digest", StringComparison.OrdinalIgnoreCase) || name.Contains("md5", StringComparison.OrdinalIgnoreCase)
        || name.Contains("sha", StringComparison.OrdinalIgnoreCase) || name.Contains("etag", StringComparison.OrdinalIgnoreCase);

    private static bool StartsLine(string text, int index)
    {
        var i = index;
        while (i > 0 && index - i < 40 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }
}
