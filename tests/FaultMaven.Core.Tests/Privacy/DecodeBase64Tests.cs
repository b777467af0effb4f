using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Base64 decodes to text only when its bytes are well-formed UTF-8: binary, overlong forms, encoded surrogates and cut
/// sequences give null, exactly as a decoder that throws on invalid bytes would decide.</summary>
public sealed class DecodeBase64Tests
{
    private static readonly UTF8Encoding Throwing = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Theory]
    [InlineData(new byte[] { 0x75, 0x73, 0x65, 0x72, 0x3A, 0x70, 0x77 }, "user:pw")]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x74, 0xC3, 0xA9 }, "été")]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x94, 0x91, 0x6B }, "🔑k")]
    public void WellFormedUtf8_DecodesToText(byte[] bytes, string expected) =>
        Assert.Equal(expected, Checks.DecodeBase64(Convert.ToBase64String(bytes)));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x42 })]       // not UTF-8 at all
    [InlineData(new byte[] { 0xC0, 0x80, 0x41, 0x42 })]       // overlong NUL
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, 0x41 })]       // an encoded surrogate
    [InlineData(new byte[] { 0x41, 0x42, 0x43, 0xE2, 0x82 })] // cut off inside a sequence
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]       // past U+10FFFF
    public void IllFormedUtf8_GivesNull(byte[] bytes) =>
        Assert.Null(Checks.DecodeBase64(Convert.ToBase64String(bytes)));

    [Fact]
    public void UrlSafeAndUnpadded_StillDecode() =>
        Assert.Equal("??>", Checks.DecodeBase64(Convert.ToBase64String("??>"u8.ToArray()).Replace('/', '_').Replace('+', '-').TrimEnd('=')));

    [Fact]
    public void RandomBytes_SameVerdictAsAThrowingDecoder()
    {
        var random = new Random(18);
        var (text, binary) = (0, 0);
        for (var round = 0; round < 4000; round++)
        {
            // Mostly ASCII with some multi-byte leads and continuations, so both verdicts come up often; some runs pass the
            // 1024-byte mark where the decoded bytes move from the stack to the heap.
            var bytes = new byte[round % 50 == 0 ? random.Next(1000, 1100) : random.Next(1, 40)];
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(10) switch { < 7 => (byte)random.Next(0x20, 0x7F), 7 => (byte)random.Next(0x80, 0xC0), 8 => (byte)random.Next(0xC2, 0xF0), _ => (byte)random.Next(0xF0, 0x100) };
            }

            string? expected;
            try
            {
                expected = Throwing.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            var encoded = Convert.ToBase64String(bytes);
            var actual = encoded.Length >= 4 ? Checks.DecodeBase64(encoded) : null;
            Assert.Equal(encoded.Length >= 4 ? expected : null, actual);
            (text, binary) = expected is null ? (text, binary + 1) : (text + 1, binary);
        }

        Assert.True(text > 100 && binary > 100, $"{text} texts, {binary} binaries");
    }
}
