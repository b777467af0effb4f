using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Recognizer code rewritten for speed: each must find exactly what the code it replaced found.</summary>
public sealed class RecognizerRewritesTests
{
    // The six words in any case, cut short or spaced, next to characters whose case folds to ASCII or not (ſ, ı, the Kelvin sign, İ).
    private static readonly string[] HeaderPieces =
    [
        "public", "PUBLIC", "Publ", "ublic", "pub", ".pub", ".PUB", "cert", "CeRt", "cer", ".crt", "crt", ".CRT", "signature", "SIGNATURE", "signatur",
        "cabundle", "caBundle", "ca bundle", "ſ", "ı", "\u212A", "İ", "key", "-----BEGIN ", " ", "\n", "é", "x", ".", "_",
    ];

    [Fact]
    public void NamesPublicMaterial_RandomHeaders_SameAsSixCaseInsensitiveSearches()
    {
        var random = new Random(20);
        var named = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 10); n > 0; n--)
            {
                text.Append(HeaderPieces[random.Next(HeaderPieces.Length)]);
            }

            var s = text.ToString();
            var expected = new[] { "public", "cert", "signature", ".pub", ".crt", "cabundle" }.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.True(expected == KeyMaterialRecognizer.NamesPublicMaterial(s), s);
            named += expected ? 1 : 0;
        }

        Assert.InRange(named, 2_000, 18_000);
    }
}
