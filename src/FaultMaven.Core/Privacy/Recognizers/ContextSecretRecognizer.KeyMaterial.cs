using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Private key material outside PEM armour, each read by its own file format: PuTTY's <c>Private-Lines:</c> body, a JWK's
/// private members (<c>"d"</c>, <c>"p"</c>, <c>"q"</c>, <c>"dp"</c>, <c>"dq"</c>, <c>"qi"</c>, an octet key's <c>"k"</c>), a
/// minisign or signify secret key under its <c>untrusted comment:</c>, a Tink keyset's key <c>"value"</c>. The public halves of the
/// same formats (<c>Public-Lines:</c>, <c>"n"</c>, <c>"e"</c>, <c>"x"</c>, <c>"y"</c>, a public key or signature comment) are left.</summary>
internal sealed partial class ContextSecretRecognizer
{
    private const int MaxKeyLines = 64;
    private const int MaxJwk = 16 * 1024;

    private static readonly SearchValues<char> Base64Line =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-");

    private static readonly SearchValues<char> Braces = SearchValues.Create("{}");

    /// <summary>Where earlier readers left off, so that repeated anchors do not search the same text again.</summary>
    private struct ScanState
    {
        /// <summary>The next armour end line once searched (-1: not searched; <see cref="int.MaxValue"/>: none left).</summary>
        public int ArmourEnd;

        /// <summary>The first brace at or after <see cref="BraceSearchedFrom"/> (<see cref="int.MaxValue"/>: none).</summary>
        public int NextBrace;

        public int BraceSearchedFrom;

        /// <summary>The last <c>"kty"</c> read: a JWK's opening brace is not searched for before it.</summary>
        public int LastKty;
    }

    /// <summary>PuTTY's <c>Private-Lines: N</c> and the N base64 lines after it: the private key (unencrypted when the file says
    /// <c>Encryption: none</c>, and an encrypted one is still the key to a passphrase guess).</summary>
    private static int ReadPuttyPrivateLines(string text, int at, Findings found)
    {
        var i = SkipBlanks(text, at + 14);
        var count = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && count <= MaxKeyLines)
        {
            count = count * 10 + text[i] - '0';
            i++;
        }

        if (count is 0 or > MaxKeyLines || !StartsLine(text, at))
        {
            return i;
        }

        var lineStart = NextLineStart(text, i);
        for (var line = 0; line < count && lineStart >= 0; line++)
        {
            var lineEnd = LineEnd(text, lineStart);
            var body = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd(" \t\r");
            if (body.Length == 0 || body.ContainsAnyExcept(Base64Line))
            {
                return lineStart;
            }

            found.Add(PiiType.PrivateKey, lineStart, lineStart + body.Length, 0.9);
            lineStart = NextLineStart(text, lineEnd);
        }

        return lineStart < 0 ? text.Length : lineStart;
    }

    /// <summary>A JSON Web Key: the object around <c>"kty"</c> and its private members. Its opening brace is searched back to the
    /// last <c>"kty"</c> read, its closing brace forward once per brace, so repeated anchors stay linear.</summary>
    private static int ReadJwk(string text, int at, Findings found, ref ScanState state)
    {
        var floor = Math.Max(Math.Max(0, at - MaxJwk), state.LastKty);
        state.LastKty = at;
        var open = text.AsSpan(floor, at - floor).LastIndexOfAny(Braces);
        if (open < 0 || text[floor + open] != '{')
        {
            return at + 5;
        }

        open += floor;
        if (state.BraceSearchedFrom > at || state.NextBrace < at)
        {
            var next = text.AsSpan(at).IndexOfAny(Braces);
            state.NextBrace = next < 0 ? int.MaxValue : at + next;
            state.BraceSearchedFrom = at;
        }

        var close = state.NextBrace;
        if (close == int.MaxValue || text[close] != '}' || close - open > MaxJwk)
        {
            return at + 5;
        }

        // Members by their colons: base64url values hold no quote or colon, so every colon in the object ends a member's name.
        var i = open + 1;
        while (i < close && text.IndexOf(':', i, close - i) is var colon and >= 0)
        {
            i = colon + 1;
            var valueStart = SkipBlanks(text, colon + 1);
            if (valueStart >= close || text[valueStart] != '"' || KeyBefore(text, colon + 1, ':') is not { } name || !IsJwkPrivateMember(name))
            {
                continue;
            }

            var valueEnd = text.IndexOf('"', valueStart + 1, close - valueStart - 1);
            if (valueEnd < 0)
            {
                break;
            }

            if (valueEnd - valueStart - 1 >= 16 && !text.AsSpan(valueStart + 1, valueEnd - valueStart - 1).ContainsAnyExcept(Base64Line))
            {
                found.Add(PiiType.PrivateKey, valueStart + 1, valueEnd, 0.9);
            }

            i = valueEnd + 1;
        }

        return close + 1;
    }

    private static bool IsJwkPrivateMember(ReadOnlySpan<char> name) => name is "d" or "p" or "q" or "dp" or "dq" or "qi" or "k";

    /// <summary>minisign's and signify's key files: <c>untrusted comment: minisign encrypted secret key</c> over one base64 line. A
    /// public key's or a signature's comment ("signature from … secret key") is left.</summary>
    private static int ReadSignifyKey(string text, int at, Findings found)
    {
        var lineEnd = LineEnd(text, at);
        var comment = text.AsSpan(at, lineEnd - at);
        if (!comment.Contains("secret key", StringComparison.OrdinalIgnoreCase) || comment.Contains("signature", StringComparison.OrdinalIgnoreCase)
            || comment.Contains("public", StringComparison.OrdinalIgnoreCase) || comment.Contains("verify", StringComparison.OrdinalIgnoreCase))
        {
            return at + 1;
        }

        var keyStart = NextLineStart(text, lineEnd);
        if (keyStart < 0)
        {
            return lineEnd;
        }

        var keyEnd = LineEnd(text, keyStart);
        // One blank line between the comment and the key (a paste, a heredoc) still leaves the key under its comment.
        if (text.AsSpan(keyStart, keyEnd - keyStart).IsWhiteSpace() && NextLineStart(text, keyEnd) is >= 0 and var afterBlank)
        {
            keyStart = afterBlank;
            keyEnd = LineEnd(text, keyStart);
        }

        var key = text.AsSpan(keyStart, keyEnd - keyStart).TrimEnd(" \t\r");
        if (key.Length >= 40 && !key.ContainsAnyExcept(Base64Line))
        {
            found.Add(PiiType.PrivateKey, keyStart, keyStart + key.Length, 0.9);
        }

        return keyEnd;
    }

    /// <summary>A Tink keyset's <c>"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.…", "value": "…"}</c>: the value is
    /// the serialized key unless the key type or its material type says public (<c>…PublicKey</c>, <c>ASYMMETRIC_PUBLIC</c>) or
    /// remote (a KMS key's name).</summary>
    private static bool ReadTinkValue(string text, int brace, int valueStart, int valueEnd, Findings found)
    {
        var close = text.IndexOf('}', valueEnd, Math.Min(512, text.Length - valueEnd));
        var members = text.AsSpan(brace, (close < 0 ? valueEnd : close) - brace);
        if (!members.Contains("\"typeUrl\"", StringComparison.Ordinal) || !members.Contains("google.crypto.tink.", StringComparison.Ordinal))
        {
            return false;
        }

        if (!members.Contains("PublicKey", StringComparison.Ordinal) && !members.Contains("ASYMMETRIC_PUBLIC", StringComparison.Ordinal)
            && !members.Contains("REMOTE", StringComparison.Ordinal) && valueEnd - valueStart >= 16)
        {
            found.Add(PiiType.PrivateKey, valueStart, valueEnd, 0.9);
        }

        return true;
    }

    /// <summary>The end of the line at <paramref name="from"/>, searched at most 4 KB ahead (a longer line ends there).</summary>
    private static int LineEnd(string text, int from)
    {
        var length = Math.Min(4096, text.Length - from);
        var end = text.IndexOf('\n', from, length);
        return end < 0 ? from + length : end;
    }

    private static int NextLineStart(string text, int from)
    {
        var end = LineEnd(text, from);
        return end >= text.Length - 1 || text[end] != '\n' ? -1 : end + 1;
    }
}
