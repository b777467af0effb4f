namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Ciphertext in an envelope that names its scheme — hiera-eyaml's and SOPS's <c>ENC[…]</c>, Jasypt's <c>ENC(…)</c>, Ansible
/// Vault's <c>$ANSIBLE_VAULT;1.1;AES256</c>, Vault transit's <c>vault:v1:…</c>, Spring Cloud Config's <c>{cipher}…</c>, and the values
/// of a mapping its parent key declares encrypted (a SealedSecret's <c>encryptedData:</c>, sealed to the cluster's key). These tools
/// exist so that the encrypted value can be committed and printed: its key is held elsewhere (a KMS, a key pair, a vault password
/// file), so showing it reveals nothing, while it tells the engineer which setting is encrypted and whether it changed.</summary>
internal static partial class SecretValues
{
    /// <summary>Gets whether a value is (or starts) ciphertext in a named envelope; a value cut at its first comma
    /// (<c>ENC[PKCS7</c>) still shows its envelope.</summary>
    public static bool IsEnvelopedCiphertext(ReadOnlySpan<char> value)
    {
        if (value.StartsWith("ENC[", StringComparison.Ordinal) || value.StartsWith("ENC(", StringComparison.Ordinal)
            || value.StartsWith("$ANSIBLE_VAULT;", StringComparison.Ordinal) || value.StartsWith("{cipher}", StringComparison.Ordinal))
        {
            return true;
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

        return i > 7 && i < value.Length && value[i] == ':';
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
