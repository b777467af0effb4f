using System.Security.Cryptography;
using System.Text;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Sealing;
using FaultMaven.Testing;

namespace FaultMaven.Core.Tests.Data;

/// <summary>Uploads' text sealed at rest: it reads back exactly and from anywhere, and any change to the file — a byte, a cut, a
/// segment moved, the file put under another upload's name, another key or none — is an error, never different text.</summary>
public sealed class StoredTextTests : IDisposable
{
    private const string Id = "dat_0001";
    private const int Segment = SealedFormat.SegmentSize;

    private static readonly ContentEncryption Sealed = new(RandomNumberGenerator.GetBytes(32));

    private readonly TempDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Segment - 1)]
    [InlineData(Segment)]
    [InlineData(Segment + 1)]
    [InlineData(3 * 1024 * 1024)]
    public async Task Sealed_RoundTrips_WithoutThePlainTextOnDisk(int size)
    {
        var plain = Text(size);
        var path = await WriteAsync(Sealed, plain);

        await using var read = Sealed.Text(path, Id).OpenRead();

        Assert.True(read.CanSeek);
        Assert.Equal(size, read.Length);
        Assert.Equal(plain, await ReadToEndAsync(read));
        var onDisk = await File.ReadAllBytesAsync(path, Token);
        var segments = Math.Max(1, (size + Segment - 1) / Segment);
        Assert.Equal(SealedFormat.HeaderSize + size + (segments * SealedFormat.TagSize), onDisk.Length);
        if (size >= 64)
        {
            Assert.Equal(-1, onDisk.AsSpan().IndexOf(plain.AsSpan(0, 64)));
        }
    }

    [Fact]
    public async Task Plain_WithoutAKey_IsTheTextItself()
    {
        var plain = Text(Segment + 10);
        var path = await WriteAsync(ContentEncryption.None, plain);

        Assert.Equal(plain, await File.ReadAllBytesAsync(path, Token));
        await using var read = ContentEncryption.None.Text(path, Id).OpenRead();
        Assert.Equal(plain, await ReadToEndAsync(read));
    }

    [Fact]
    public async Task PlainFromBeforeTheKey_StillReads_WithTheKeySet()
    {
        var plain = Text(Segment * 2);
        var path = await WriteAsync(ContentEncryption.None, plain);

        await using var read = Sealed.Text(path, Id).OpenRead();

        Assert.Equal(plain.Length, read.Length);
        Assert.Equal(plain, await ReadToEndAsync(read));
    }

    [Fact]
    public async Task RandomSeeksAndReads_MatchThePlainText()
    {
        var plain = Text((3 * 1024 * 1024) + 1234);
        var path = await WriteAsync(Sealed, plain);
        var random = new Random(17);
        await using var read = Sealed.Text(path, Id).OpenRead();

        for (var i = 0; i < 300; i++)
        {
            var offset = random.Next(plain.Length + 10);
            var count = random.Next(i % 3 == 0 ? 3 * Segment : 200);
            var expected = plain.AsSpan(Math.Min(offset, plain.Length), Math.Max(0, Math.Min(count, plain.Length - offset))).ToArray();
            var buffer = new byte[count];
            read.Seek(offset, SeekOrigin.Begin);
            var got = i % 2 == 0
                ? await read.ReadAtLeastAsync(buffer, count, throwOnEndOfStream: false, Token)
                : read.ReadAtLeast(buffer, count, throwOnEndOfStream: false);

            Assert.Equal(expected, buffer.AsSpan(0, got).ToArray());
            Assert.Equal(offset + got, read.Position);
        }
    }

    public static TheoryData<string, long> Flips() => new()
    {
        { "magic, first byte", 0 },
        { "magic", 3 },
        { "version", SealedFormat.MagicSize },
        { "salt", 20 },
        { "nonce prefix", SealedFormat.HeaderSize - 1 },
        { "first segment", SealedFormat.HeaderSize + 5 },
        { "a middle segment's tag", SealedFormat.HeaderSize + (2 * SealedFormat.SealedSegmentSize) - 1 },
        { "the last segment", -2 },
    };

    [Theory]
    [MemberData(nameof(Flips))]
    public async Task AFlippedByte_FailsLoudly(string where, long position)
    {
        var path = await WriteAsync(Sealed, Text((3 * Segment) + 100));
        var bytes = await File.ReadAllBytesAsync(path, Token);
        bytes[position >= 0 ? position : bytes.Length + position] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes, Token);

        var failure = await Record.ExceptionAsync(() => ReadAllAsync(Sealed.Text(path, Id)));
        Assert.True(failure is StoredTextException, $"a byte flipped in the {where}: {failure?.ToString() ?? "read without error"}");
        Assert.Contains(Id, failure!.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(SealedFormat.TagSize)]
    [InlineData(100 + SealedFormat.TagSize)]
    [InlineData(100 + SealedFormat.TagSize + SealedFormat.SealedSegmentSize)]
    public async Task ATruncatedFile_FailsLoudly(int cut)
    {
        var path = await WriteAsync(Sealed, Text((3 * Segment) + 100));
        await using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - cut);
        }

        await Assert.ThrowsAsync<StoredTextException>(() => ReadAllAsync(Sealed.Text(path, Id)));
    }

    [Fact]
    public async Task AnExtendedFile_FailsLoudly()
    {
        var path = await WriteAsync(Sealed, Text(Segment + 100));
        await File.AppendAllTextAsync(path, "appended", Token);

        await Assert.ThrowsAsync<StoredTextException>(() => ReadAllAsync(Sealed.Text(path, Id)));
    }

    [Fact]
    public async Task SwappedSegments_FailLoudly_WhereTheyAreRead()
    {
        var path = await WriteAsync(Sealed, Text((3 * Segment) + 100));
        var bytes = await File.ReadAllBytesAsync(path, Token);
        var first = bytes.AsSpan(SealedFormat.HeaderSize, SealedFormat.SealedSegmentSize).ToArray();
        bytes.AsSpan(SealedFormat.HeaderSize + SealedFormat.SealedSegmentSize, SealedFormat.SealedSegmentSize).CopyTo(bytes.AsSpan(SealedFormat.HeaderSize));
        first.CopyTo(bytes.AsSpan(SealedFormat.HeaderSize + SealedFormat.SealedSegmentSize));
        await File.WriteAllBytesAsync(path, bytes, Token);

        // The file opens (its last segment is intact); reading either moved segment fails.
        await using var read = Sealed.Text(path, Id).OpenRead();
        Assert.Throws<StoredTextException>(() => read.ReadByte());
        read.Position = Segment + 1;
        Assert.Throws<StoredTextException>(() => read.ReadByte());
        read.Position = 2 * Segment;
        Assert.NotEqual(-1, read.ReadByte());
    }

    [Fact]
    public async Task AFileCopiedUnderAnotherUpload_DoesNotOpen()
    {
        var path = await WriteAsync(Sealed, Text(1000));

        var failure = Assert.Throws<StoredTextException>(() => Sealed.Text(path, "dat_0002").OpenRead());
        Assert.Contains("FM_ENCRYPTION_KEY", failure.Message);
    }

    [Fact]
    public async Task AnotherKey_OrNone_DoesNotOpen_AndSaysWhy()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var path = await WriteAsync(new ContentEncryption(key), Text(Segment * 2));

        var wrong = Assert.Throws<StoredTextException>(() => Sealed.Text(path, Id).OpenRead());
        var none = Assert.Throws<StoredTextException>(() => ContentEncryption.None.Text(path, Id).OpenRead());

        Assert.Contains("does not decrypt with FM_ENCRYPTION_KEY", wrong.Message);
        Assert.Contains("FM_ENCRYPTION_KEY is not set", none.Message);
        Assert.DoesNotContain(Convert.ToBase64String(key), wrong.Message + none.Message);
    }

    [Fact]
    public void AKeyOfAnotherLength_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ContentEncryption(new byte[16]));

    /// <summary>Text of <paramref name="size"/> bytes whose every 64-byte window is distinct (line numbers), so a leak is findable.</summary>
    private static byte[] Text(int size)
    {
        var text = new StringBuilder(size + 64);
        for (var line = 0; text.Length < size; line++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"2026-12-05T01:00:00Z INFO line {line:D8} payments ledger ok\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString(0, size));
    }

    private async Task<string> WriteAsync(ContentEncryption encryption, byte[] plain)
    {
        var path = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N") + ".txt");
        await using (var write = encryption.Text(path, Id).Create())
        {
            // Uneven pieces, as the pipeline writes them.
            for (var offset = 0; offset < plain.Length; offset += 7_001)
            {
                await write.WriteAsync(plain.AsMemory(offset, Math.Min(7_001, plain.Length - offset)), Token);
            }
        }

        return path;
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        return copy.ToArray();
    }

    private static async Task ReadAllAsync(StoredText text)
    {
        await using var read = text.OpenRead();
        await ReadToEndAsync(read);
    }
}
