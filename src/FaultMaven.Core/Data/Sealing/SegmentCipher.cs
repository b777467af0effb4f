using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FaultMaven.Core.Data.Sealing;

/// <summary>Seals and opens the segments of one file. Its key is HKDF-SHA256 of the master key with the file's salt and the upload
/// id, so every file has its own key and a file copied under another upload's name does not open. A segment's nonce is the file's
/// prefix followed by the segment's index; its associated data is the version, the index and whether it is the last segment, so
/// segments moved, dropped or cut off at the end fail to open.</summary>
internal sealed class SegmentCipher : IDisposable
{
    private const int NonceSize = 12;
    private const int AssociatedDataSize = 6;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("FaultMaven stored text v1\0");

    private readonly AesGcm _aes;
    private readonly byte[] _noncePrefix;

    /// <summary>Derives the file's key from <paramref name="masterKey"/> and the salt and nonce prefix in <paramref name="header"/>.</summary>
    public SegmentCipher(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> header, string uploadId)
    {
        var salt = header.Slice(SealedFormat.MagicSize + 1, SealedFormat.SaltSize);
        _noncePrefix = header.Slice(SealedFormat.MagicSize + 1 + SealedFormat.SaltSize, SealedFormat.NoncePrefixSize).ToArray();
        Span<byte> key = stackalloc byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, key, salt, [.. Purpose, .. Encoding.UTF8.GetBytes(uploadId)]);
        _aes = new AesGcm(key, SealedFormat.TagSize);
        CryptographicOperations.ZeroMemory(key);
    }

    /// <summary>Writes a fresh header (random salt and nonce prefix) to <paramref name="header"/>.</summary>
    public static void NewHeader(Span<byte> header)
    {
        SealedFormat.Magic.CopyTo(header);
        header[SealedFormat.MagicSize] = SealedFormat.Version;
        RandomNumberGenerator.Fill(header[(SealedFormat.MagicSize + 1)..SealedFormat.HeaderSize]);
    }

    /// <summary>Seals <paramref name="plain"/> as segment <paramref name="index"/> into <paramref name="destination"/> (ciphertext,
    /// then tag); returns the bytes written.</summary>
    public int Seal(long index, bool last, ReadOnlySpan<byte> plain, Span<byte> destination)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        Span<byte> associated = stackalloc byte[AssociatedDataSize];
        Describe(index, last, nonce, associated);
        _aes.Encrypt(nonce, plain, destination[..plain.Length], destination.Slice(plain.Length, SealedFormat.TagSize), associated);
        return plain.Length + SealedFormat.TagSize;
    }

    /// <summary>Opens segment <paramref name="index"/> (ciphertext, then tag) into <paramref name="destination"/>; false when it
    /// does not authenticate.</summary>
    public bool TryOpen(long index, bool last, ReadOnlySpan<byte> sealedSegment, Span<byte> destination)
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        Span<byte> associated = stackalloc byte[AssociatedDataSize];
        Describe(index, last, nonce, associated);
        var length = sealedSegment.Length - SealedFormat.TagSize;
        try
        {
            _aes.Decrypt(nonce, sealedSegment[..length], sealedSegment[length..], destination[..length], associated);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    public void Dispose() => _aes.Dispose();

    private void Describe(long index, bool last, Span<byte> nonce, Span<byte> associated)
    {
        var counter = checked((uint)index);
        _noncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[SealedFormat.NoncePrefixSize..], counter);
        associated[0] = SealedFormat.Version;
        BinaryPrimitives.WriteUInt32BigEndian(associated[1..], counter);
        associated[5] = last ? (byte)1 : (byte)0;
    }
}
