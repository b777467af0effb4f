using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Seals pseudonyms' real values with AES-GCM under a 256-bit key; the scope (case id) is bound in as associated data, so a
/// value copied to another case's rows does not decrypt.</summary>
internal sealed class PseudonymCipher(byte[] key)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public byte[] Encrypt(string value, string scope)
    {
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedValue = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(scope));
        return sealedValue;
    }

    public string Decrypt(byte[] sealedValue, string scope)
    {
        var plain = new byte[sealedValue.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize + TagSize), sealedValue.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(scope));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Reads a base64 256-bit key; null when the text is not one.</summary>
    public static byte[]? ParseKey(string text)
    {
        var key = new byte[32];
        return Convert.TryFromBase64String(text.Trim(), key, out var length) && length == 32 ? key : null;
    }
}
