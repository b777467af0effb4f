using System.Buffers;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Ciphertext in an envelope that names its scheme — hiera-eyaml's and SOPS's <c>ENC[…]</c>, Jasypt's <c>ENC(…)</c>, Ansible
/// Vault's <c>$ANSIBLE_VAULT;1.1;AES256</c>, Vault transit's <c>vault:v1:…</c>, Spring Cloud Config's <c>{cipher}…</c>, Jenkins'
/// <c>{AQAAAB…}</c>, and the values
/// of a mapping its parent key declares encrypted (a SealedSecret's <c>encryptedData:</c>, sealed to the cluster's key). These tools
/// exist so that the encrypted value can be committed and printed: its key is held elsewhere (a KMS, a key pair, a vault password
/// file), so showing it reveals nothing, while it tells the engineer which setting is encrypted and whether it changed.</summary>
internal static partial class SecretValues
{
    // Ciphertext is base64 (or base64url, or hex) of salt, nonce and cipher text: never shorter than this, never with other characters.
    private const int ShortestCiphertext = 24;

    // A sealed value is an RSA-wrapped session key and the sealed data, hundreds of base64 characters; 48 is already past the length
    // of any password people choose, so a plaintext value left under encryptedData: by mistake is still read.
    private const int ShortestSealedValue = 48;

    private static readonly SearchValues<char> CiphertextCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-");

    private static readonly SearchValues<char> SchemeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>Gets whether a value is wholly ciphertext in a named envelope: the envelope, then only ciphertext's characters, long
    /// enough, and nothing after the envelope closes (a password that merely starts <c>ENC[</c> or <c>{cipher}</c> is still a
    /// password). A value cut at its first comma (<c>ENC[PKCS7</c>) still shows its scheme.</summary>
    public static bool IsEnvelopedCiphertext(ReadOnlySpan<char> value)
    {
        if (value.StartsWith("ENC[", StringComparison.Ordinal))
        {
            // hiera-eyaml ENC[PKCS7,…], SOPS ENC[AES256_GCM,data:…,iv:…,tag:…,type:str].
            var rest = value[4..];
            var comma = rest.IndexOf(',');
            var scheme = comma < 0 ? rest.TrimEnd(']') : rest[..comma];
            if (scheme.Length is < 3 or > 16 || scheme.ContainsAnyExcept(SchemeCharacters))
            {
                return false;
            }

            return comma < 0 ? rest.Length == scheme.Length : IsCiphertext(rest[(comma + 1)..], ']', ":,");
        }

        if (value.StartsWith("ENC(", StringComparison.Ordinal))
        {
            return IsCiphertext(value[4..], ')', "");
        }

        if (value.StartsWith("{cipher}", StringComparison.Ordinal))
        {
            return IsCiphertext(value[8..], '\0', "");
        }

        if (value.StartsWith("$ANSIBLE_VAULT;", StringComparison.Ordinal))
        {
            // $ANSIBLE_VAULT;1.1;AES256 (or 1.2;AES256;label): the header; the hex body follows on the next lines.
            var header = value[15..];
            return header.StartsWith("1.", StringComparison.Ordinal) && header.Contains(";AES256", StringComparison.Ordinal);
        }

        // Jenkins' secrets in credentials.xml and config.xml: {AQAAAB…} is base64 of a version-1 payload (a version byte, then the IV's
        // length, 16) sealed with the controller's master key.
        if (value.StartsWith("{AQAAAB", StringComparison.Ordinal))
        {
            return IsCiphertext(value[1..], '}', "");
        }

        // vault:v1:…, vault:v12:… (the key version that encrypted it).
        if (!value.StartsWith("vault:v", StringComparison.Ordinal))
        {
            return false;
        }

        var i = 7;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }

        return i > 7 && i < value.Length && value[i] == ':' && IsCiphertext(value[(i + 1)..], '\0', "");
    }

    /// <summary>Gets whether the value after the key ending at <paramref name="keyEnd"/> (<c>: AgBy…</c>, quoted or not, to the end of
    /// its line) looks sealed: a long run of base64 alone.</summary>
    public static bool SealedValueAfter(string text, int keyEnd)
    {
        var rest = text.AsSpan(keyEnd, Math.Min(text.Length - keyEnd, 8192)).TrimStart("\"'").TrimStart(" \t");
        if (!rest.StartsWith(':'))
        {
            return false;
        }

        rest = rest[1..].TrimStart(" \t").TrimStart("\"'");
        var run = rest.IndexOfAnyExcept(CiphertextCharacters);
        var line = run < 0 ? rest : rest[..run];
        ReadOnlySpan<char> after = run < 0 ? [] : rest[run..].TrimStart("\"'").TrimStart(" \t");
        return line.Length >= ShortestSealedValue && (after.IsEmpty || after[0] is '\r' or '\n');
    }

    // The envelope's body: ciphertext characters (and the envelope's own separators) only, at least ShortestCiphertext of them,
    // closed by close at the very end or not at all (the value may have been cut or trimmed there).
    private static bool IsCiphertext(ReadOnlySpan<char> body, char close, string separators)
    {
        if (close != '\0' && !body.IsEmpty && body[^1] == close)
        {
            body = body[..^1];
        }

        var length = 0;
        foreach (var c in body)
        {
            if (CiphertextCharacters.Contains(c))
            {
                length++;
            }
            else if (!separators.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return length >= ShortestCiphertext;
    }

    /// <summary>Gets whether the key at <paramref name="keyStart"/> is a member of a YAML mapping under <c>encryptedData:</c> (its
    /// nearest less-indented line, looked for at most 64 lines of at most 512 characters back).</summary>
    public static bool UnderEncryptedMapping(string text, int keyStart)
    {
        var from = Math.Max(0, keyStart - 512);
        var newline = text.AsSpan(from, keyStart - from).LastIndexOf('\n');
        if (newline < 0)
        {
            return false;
        }

        var lineStart = from + newline + 1;
        var indent = keyStart - lineStart;
        if (indent == 0 || text.AsSpan(lineStart, indent).ContainsAnyExcept(' '))
        {
            return false;
        }

        var end = lineStart - 1;
        for (var lines = 0; lines < 64 && end > 0; lines++)
        {
            var lower = Math.Max(0, end - 512);
            var previous = text.AsSpan(lower, end - lower).LastIndexOf('\n');
            if (previous < 0 && lower > 0)
            {
                return false;
            }

            var start = previous < 0 ? 0 : lower + previous + 1;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            var body = line.TrimStart(' ');
            if (!body.IsEmpty && line.Length - body.Length < indent)
            {
                return body.TrimEnd(' ').SequenceEqual("encryptedData:");
            }

            end = start - 1;
        }

        return false;
    }
}
