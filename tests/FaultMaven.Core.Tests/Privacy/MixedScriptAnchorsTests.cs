using System.Buffers;
using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>The split search must find each word where one case-insensitive search of all the words finds it: words in any case,
/// one inside another, next to and across runs of non-ASCII text, at the text's edges, cut at its end, characters that fold to ASCII
/// letters (long s, dotless i, Kelvin sign), accented and non-Latin capitals, surrogate pairs, line ends.</summary>
public sealed class MixedScriptAnchorsTests
{
    private static readonly string[] Words = ["contact", "mobil", "tel\u00e9fo", "t\u00e9l\u00e9", "kom\u00f3rka", "\u0442\u0435\u043b", "\u624b\u673a", "\u9023\u7d61\u5148", "\uc804\ud654", "ab"];

    private static readonly string[] Pieces =
    [
        "CONTACT", "Contact", "contac", "mobıl", "MOBIL", "ſ", "\u212A", "ı", "İ", "TEL\u00c9FO", "tel\u00e9f", "T\u00c9L\u00c9", "t\u00e9l",
        "KOM\u00d3RKA", "\u0422\u0415\u041b", "\u0442\u0435", "\u043b", "\u624b", "\u673a", "\u624b\u673a\u53f7", "\u9023\u7d61", "\u5148",
        "\uc804", "\ud654", "\ud83d\ude00", "\ud83d", "\n", " ", ":", "x", "é", "AB", "a", "b", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9",
    ];

    [Fact]
    public void EveryStart_IsWhereOneSearchOfAllWordsFindsIt()
    {
        var anchors = new MixedScriptAnchors(Words);
        var all = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);
        var random = new Random(23);
        var seen = 0;
        for (var round = 0; round < 6000; round++)
        {
            var text = new StringBuilder();
            var count = random.Next(4) == 0 ? random.Next(40, 160) : random.Next(0, 14);
            for (var i = 0; i < count; i++)
            {
                text.Append(random.Next(4) == 0 ? Words[random.Next(Words.Length)] : Pieces[random.Next(Pieces.Length)]);
            }

            var s = text.ToString();
            AssertSameStarts(s, anchors, all, random);
            seen += s.AsSpan().IndexOfAny(all) >= 0 ? 1 : 0;
        }

        Assert.True(seen > 3000, $"{seen}");
    }

    [Fact]
    public void TheContactKeys_AreFoundAsOneSearchFindsThem()
    {
        // The recognizer's own words, in texts of its keys and their near misses in many scripts.
        var anchors = DelimitedTableRecognizer.ContactFieldAnchors;
        var all = SearchValues.Create(anchors.Words.ToArray(), StringComparison.OrdinalIgnoreCase);
        var pieces = anchors.Words.SelectMany(word => new[] { word, word.ToUpperInvariant(), word[..^1], word[1..] }).Concat(Pieces).ToArray();
        var random = new Random(18);
        for (var round = 0; round < 3000; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 30); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertSameStarts(text.ToString(), anchors, all, random);
        }
    }

    [Fact]
    public void LongTexts_FindWordsFarApart()
    {
        var anchors = new MixedScriptAnchors(Words);
        var all = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);
        var filler = new string('x', 5000);
        var cjk = new string('\u4e00', 3000);
        var text = string.Concat(filler, "\u624b\u673a", cjk, "Contact", filler, cjk, "\u624b", "\n", "\u673a", "T\u00c9L\u00c9", filler);
        AssertSameStarts(text, anchors, all, new Random(1));
        var cursor = MixedScriptAnchors.Cursor.Start;
        Assert.Equal(-1, anchors.Next(filler + cjk + "\u624b", 0, ref cursor));
    }

    [Fact]
    public void NonAsciiWordThatAsciiMatches_IsRefused()
    {
        // Whichever non-ASCII characters equal an ASCII one ignoring case (none, or the dotless i and long s, as the runtime
        // decides), a word of them and ASCII is refused; a word with an accented letter is not.
        for (var c = '\u0080'; c < '\ud800'; c++)
        {
            var matches = Enumerable.Range(0, 128).Any(x => string.Equals(((char)x).ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase));
            Assert.Equal(matches, MixedScriptAnchors.MatchesAscii(c));
            if (matches)
            {
                Assert.Throws<ArgumentException>(() => new MixedScriptAnchors("contact", "se" + c));
            }
        }

        Assert.Single(new MixedScriptAnchors("t\u00e9l\u00e9").Words);
    }

    private static void AssertSameStarts(string text, MixedScriptAnchors anchors, SearchValues<string> all, Random random)
    {
        // Offsets rise as a caller's do: by one, or past a match of a few characters.
        var cursor = MixedScriptAnchors.Cursor.Start;
        for (var offset = 0; offset <= text.Length;)
        {
            var expected = text.AsSpan(offset).IndexOfAny(all) is var at and >= 0 ? offset + at : -1;
            var actual = anchors.Next(text, offset, ref cursor);
            Assert.True(expected == actual, $"'{text}' from {offset}: {expected} expected, {actual} found");
            if (expected < 0)
            {
                break;
            }

            offset = expected + 1 + (random.Next(3) == 0 ? random.Next(0, 6) : 0);
        }
    }
}
