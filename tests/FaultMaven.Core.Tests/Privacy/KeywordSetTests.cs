using System.Text;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>One pass over a text must tell the same words present as one search per word: words in any case, one inside another
/// ("setex " and "set "), one starting another ("digest:" and "digest"), words cut at the text's end, characters that fold to ASCII
/// letters under ordinal case-insensitivity (long s, Kelvin sign), and a frequent word occurring past the pass's shared hits.</summary>
public sealed class KeywordSetTests
{
    private static readonly string[] Words = ["auth", "login", "net use", "/rp", "/p ", "securestring", ":thin:", "pgpass", ":5432:", " as ", "user", "put ", "set ", "setex ", "setnx ", "digest", "digest:", "auth:"];

    private static readonly string[] Lures = ["AUTH", "Login", "NET USE", "/RP", "/P ", "SecureString", ":THIN:", "pgPass", ":5432:", " AS ", "USER", "Put\t", "SETEX ", "setnx", "Digest:", "Auth:", "ſet ", "digeſt", "\u212Aey", "auth", "us", "se", "net  use", "/p", ":543", "x", " ", "\n", "é"];

    [Fact]
    public void WordsPresent_AreWhatEachWordsOwnSearchFinds()
    {
        var set = new KeywordSet(Words);
        var random = new Random(22);
        var seen = new int[Words.Length];
        for (var round = 0; round < 4000; round++)
        {
            var text = new StringBuilder();
            // Some texts repeat one word enough to pass the shared hits, the rarer words after it.
            var count = random.Next(4) == 0 ? random.Next(60, 200) : random.Next(0, 12);
            for (var i = 0; i < count; i++)
            {
                text.Append(random.Next(3) == 0 ? Words[random.Next(Words.Length)] : Lures[random.Next(Lures.Length)]);
            }

            if (random.Next(3) == 0)
            {
                text.Append(Words[random.Next(Words.Length)].AsSpan(0, 2));
            }

            var s = text.ToString();
            var present = set.In(s);
            for (var w = 0; w < Words.Length; w++)
            {
                var expected = Keyword.In(s, Words[w]);
                Assert.True(expected == set.Has(present, Words[w]), $"'{s}': '{Words[w]}' {expected}");
                seen[w] += expected ? 1 : 0;
            }
        }

        Assert.All(seen, count => Assert.True(count > 100, $"{count}"));
    }

    [Fact]
    public void RareWordAfterManyFrequentOnes_IsFound()
    {
        var set = new KeywordSet(Words);
        var text = string.Concat(Enumerable.Repeat("user set \n", 500)) + "ConvertTo-SecureString";
        var present = set.In(text);
        Assert.True(set.Has(present, "securestring"));
        Assert.True(set.Has(present, "user"));
        Assert.False(set.Has(present, "pgpass"));
        Assert.False(set.Has(present, "setex "));
    }

    [Fact]
    public void ManyTextsMissingDifferentWords_AllRead()
    {
        // Past the searches the set keeps, each missing word is searched alone: both ways must agree with the per-word searches.
        var set = new KeywordSet(Words);
        var random = new Random(7);
        for (var round = 0; round < 700; round++)
        {
            var frequent = Words.Where(_ => random.Next(2) == 0).DefaultIfEmpty("user").ToArray();
            var text = new StringBuilder();
            for (var i = 0; i < 70; i++)
            {
                text.Append(frequent[random.Next(frequent.Length)]).Append(" x ");
            }

            text.Append(Words[random.Next(Words.Length)]);
            var s = text.ToString();
            var present = set.In(s);
            Assert.All(Words, word => Assert.True(Keyword.In(s, word) == set.Has(present, word), $"'{s}': '{word}'"));
        }
    }

    [Fact]
    public void EmptyText_HoldsNoWord() => Assert.Equal(0u, new KeywordSet(Words).In(""));

    [Fact]
    public void WordNotInTheSet_IsAnError() => Assert.Throws<ArgumentException>(() => new KeywordSet(Words).Has(0, "password"));

    [Fact]
    public void TooManyWords_IsAnError() =>
        Assert.Throws<ArgumentException>(() => new KeywordSet(Enumerable.Range(0, 33).Select(i => $"w{i}").ToArray()));
}
