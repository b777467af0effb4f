using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Reading only the lines that hold "(0x" must find exactly the keys the cipher-key pattern finds over the whole text:
/// keys on the first and the last line (with and without a line end), two keys on one line, CRLF line ends, and lures ("(0x"
/// on a line that is no key, a principal split over two lines) that must stay unmatched either way.</summary>
public sealed class CipherKeyLinesTests
{
    private static readonly string[] Lines =
    [
        "   3 01/02/27 10:11:12 host/db1.corp.example@CORP.EXAMPLE (des-cbc-crc)  (0x3e8a1f6c92d04b57)",
        "   2 HTTP/web02.corp.example@CORP.EXAMPLE (0x4d7a91c0e25f8b36a1d4c9e07f2b58a3)",
        "   3    7 HTTP/api.corp.example@CORP.EXAMPLE (0x9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49)",
        "   4 07/12/26 08:00:00 HTTP/api.corp.example@CORP.EXAMPLE (Triple DES cbc mode with HMAC/sha1)  (0x5e4d3c2b1a0918273645f6e5d4c3b2a15e4d3c2b1a091827)",
        "(aes256-cts-hmac-sha1-96)  (0x8ab1e10e8abecdcabf57d2d6811c00c0) (arcfour-hmac) (0x00112233445566778899aabbccddeeff)",
        "tx (0x8ab1e10e8abecdcabf57d2d6811c00c067602fedc97f6f82513dafdaa864af4f) confirmed in block 19023311",
        "   5 HTTP/split.corp.example@CORP.EXAMPLE", "(0x4d7a91c0e25f8b36a1d4c9e07f2b58a3)",
        "reg write 0x10 (0x1f) ok", "(0x", "", "   ", "KVNO Principal", "---- ----------------------------------------",
    ];

    [Fact]
    public void LinesHoldingTheMarker_FindWhatTheWholeTextFinds()
    {
        var random = new Random(21);
        var found = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 8);
            for (var i = 0; i < count; i++)
            {
                text.Append(Lines[random.Next(Lines.Length)]);
                if (i < count - 1 || random.Next(2) == 0)
                {
                    text.Append(random.Next(4) == 0 ? "\r\n" : "\n");
                }
            }

            var s = text.ToString();
            var expected = KeyMaterialRecognizer.CipherKeyPattern().Matches(s).Select(m => (m.Groups["value"].Index, m.Groups["value"].Index + m.Groups["value"].Length)).ToList();
            var actual = KeyMaterialRecognizer.CipherKeyValues(s).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{s}': [{string.Join(",", expected)}] vs [{string.Join(",", actual)}]");
            found += actual.Count;
        }

        Assert.True(found > 1000, $"{found} keys");
    }

    [Fact]
    public void KeyOnEveryLineOfItsOwn_EachFoundOnce() =>
        Assert.Equal(3, KeyMaterialRecognizer.CipherKeyValues($"{Lines[0]}\n{Lines[1]}\n{Lines[2]}").Count());

    [Fact]
    public void MarkerWithoutAKey_FindsNothing() =>
        Assert.Empty(KeyMaterialRecognizer.CipherKeyValues($"{Lines[8]}\n{Lines[9]}\n{Lines[6]}\n{Lines[7]}\n"));
}
